package dozor.api.security;

import static dozor.api.security.Role.ACCOUNTANT;
import static dozor.api.security.Role.ADMIN;
import static dozor.api.security.Role.ANALYST;
import static dozor.api.security.Role.DISPATCHER;
import static dozor.api.security.Role.ENGINEER;
import static dozor.api.security.Role.LOGISTICS;
import static dozor.api.security.Role.MANAGER;
import static dozor.api.security.Role.PROCUREMENT;
import static dozor.api.security.Role.WAREHOUSE;

import java.util.Arrays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Every endpoint is listed with the roles it admits; anything not listed is denied.
 * Scripts authenticate with HTTP Basic, the web UI with a session cookie and a CSRF token (SPA mode).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(
        type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** Roles that work with service requests day to day. */
    static final Role[] REQUEST_READERS = { ADMIN, DISPATCHER, ENGINEER, WAREHOUSE, LOGISTICS, PROCUREMENT, ACCOUNTANT,
            MANAGER };

    static final Role[] REQUEST_WRITERS = { ADMIN, DISPATCHER, MANAGER };

    /** Who keeps the stock: the catalogue, receipts, issues, write-offs, inventory. */
    static final Role[] STOCK_KEEPERS = { ADMIN, WAREHOUSE };

    /** Who may set parts aside for a task: the engineer who diagnosed it, too. */
    static final Role[] STOCK_RESERVERS = { ADMIN, WAREHOUSE, ENGINEER };

    static final Role[] JOB_RUNNERS = { ADMIN, ANALYST, ACCOUNTANT, MANAGER };

    /** The CRM's signed webhook (ingest): exactly this method and path. */
    static final RequestMatcher CRM_WEBHOOK = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
            "/api/v1/ingest/crm/requests");

    /** Carriers' signed tracking webhooks (ingest): exactly this method and path, one per carrier. */
    static final RequestMatcher CARRIER_WEBHOOK = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
            "/api/v1/ingest/carriers/{carrier}/tracking");

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, AppUsers users) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                .requestMatchers("/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasRole(ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/auth/csrf").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/auth/login").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/auth/logout").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/requests").hasAnyRole(names(REQUEST_WRITERS))
                .requestMatchers(HttpMethod.GET, "/api/v1/requests", "/api/v1/requests/export", "/api/v1/requests/*",
                        "/api/v1/requests/*/intervals")
                .hasAnyRole(names(REQUEST_READERS))
                // The lifecycle decides per action which roles may take it; the door is open to all request readers.
                .requestMatchers(HttpMethod.POST, "/api/v1/requests/*/transitions").hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/requests/*/priority", "/api/v1/requests/*/merge",
                        "/api/v1/requests/*/dismiss-duplicate")
                .hasAnyRole(names(REQUEST_WRITERS))
                .requestMatchers(HttpMethod.GET, "/api/v1/customers", "/api/v1/customers/*")
                .hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.PUT, "/api/v1/customers/*/tier").hasAnyRole(ADMIN.name(), MANAGER.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/sla/metrics").hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.GET, "/api/v1/requests/*/survey", "/api/v1/surveys/stats")
                .hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/requests/*/survey/link").hasAnyRole(names(REQUEST_WRITERS))
                // The customer's survey: the one-time token in the link is the credential.
                .requestMatchers(HttpMethod.GET, "/api/public/v1/surveys/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/public/v1/surveys/*").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/saved-filters").hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/saved-filters").hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.DELETE, "/api/v1/saved-filters/*").hasAnyRole(names(REQUEST_READERS))
                // work: the domain checks the department, the assignee and the department head
                .requestMatchers(HttpMethod.GET, "/api/v1/tasks", "/api/v1/tasks/*", "/api/v1/tasks/load",
                        "/api/v1/requests/*/tasks")
                .hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/tasks/*/start", "/api/v1/tasks/*/complete",
                        "/api/v1/tasks/*/assign", "/api/v1/tasks/*/parts")
                .hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.GET, "/api/v1/settings/routing-rules").hasAnyRole(names(REQUEST_WRITERS))
                .requestMatchers(HttpMethod.PUT, "/api/v1/settings/routing-rules").hasRole(ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/settings/sla/**").hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.PUT, "/api/v1/settings/sla/**").hasRole(ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/settings/priority-rules").hasAnyRole(names(REQUEST_WRITERS))
                .requestMatchers(HttpMethod.PUT, "/api/v1/settings/priority-rules").hasRole(ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/jobs/*").hasAnyRole(names(JOB_RUNNERS))
                .requestMatchers(HttpMethod.GET, "/api/v1/jobs", "/api/v1/jobs/*").hasAnyRole(names(JOB_RUNNERS))
                .requestMatchers(HttpMethod.GET, "/api/v1/users").hasRole(ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/users").hasRole(ADMIN.name())
                // notifications: every staff role, each caller acting on their own notices and settings only
                .requestMatchers(HttpMethod.GET, "/api/v1/notifications", "/api/v1/notifications/unread-count",
                        "/api/v1/notifications/preferences").hasAnyRole(names(Role.values()))
                .requestMatchers(HttpMethod.POST, "/api/v1/notifications/*/read", "/api/v1/notifications/read-all")
                .hasAnyRole(names(Role.values()))
                .requestMatchers(HttpMethod.PUT, "/api/v1/notifications/preferences", "/api/v1/notifications/addresses")
                .hasAnyRole(names(Role.values()))
                // documents and comments
                .requestMatchers(HttpMethod.GET, "/api/v1/requests/*/documents",
                        "/api/v1/requests/*/documents/*/content", "/api/v1/requests/*/links",
                        "/api/v1/requests/*/comments", "/api/v1/requests/*/history")
                .hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/requests/*/documents", "/api/v1/requests/*/links",
                        "/api/v1/requests/*/comments").hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.DELETE, "/api/v1/requests/*/documents/*")
                .hasAnyRole(names(ADMIN, DISPATCHER, MANAGER))
                // ingest: the CRM is no user; its webhook is authenticated by the HMAC signature over timestamp and
                // body, which the endpoint checks before it reads anything (401 otherwise).
                .requestMatchers(CRM_WEBHOOK).permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/ingest/imports").hasRole(ADMIN.name())
                // stock: every staff role reads it; the warehouse keeps it (the domain lets logistics record
                // shipments and customer returns only); engineers reserve parts for their tasks
                .requestMatchers(HttpMethod.GET, "/api/v1/stock/items", "/api/v1/stock/items/*",
                        "/api/v1/stock/items/*/movements", "/api/v1/stock/items/*/serials/*", "/api/v1/stock/warehouses",
                        "/api/v1/stock/balances", "/api/v1/stock/transfers", "/api/v1/stock/reservations",
                        "/api/v1/stock/demands", "/api/v1/stock/counts", "/api/v1/stock/counts/*")
                .hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/stock/items", "/api/v1/stock/warehouses")
                .hasAnyRole(names(STOCK_KEEPERS))
                .requestMatchers(HttpMethod.PUT, "/api/v1/stock/items/*", "/api/v1/stock/counts/*/lines")
                .hasAnyRole(names(STOCK_KEEPERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/stock/counts", "/api/v1/stock/counts/*/post",
                        "/api/v1/stock/counts/*/cancel").hasAnyRole(names(STOCK_KEEPERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/stock/movements", "/api/v1/stock/transfers",
                        "/api/v1/stock/transfers/*/receive")
                .hasAnyRole(names(ADMIN, WAREHOUSE, LOGISTICS))
                .requestMatchers(HttpMethod.POST, "/api/v1/stock/reservations").hasAnyRole(names(STOCK_RESERVERS))
                .requestMatchers(HttpMethod.DELETE, "/api/v1/stock/reservations/*").hasAnyRole(names(STOCK_RESERVERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/stock/reservations/*/issue")
                .hasAnyRole(names(STOCK_KEEPERS))
                // stock analytics: ABC classes from batch, applied by the warehouse or procurement
                .requestMatchers(HttpMethod.POST, "/api/v1/stock/abc-classes/apply")
                .hasAnyRole(names(ADMIN, WAREHOUSE, PROCUREMENT))
                // procurement (purchasing): staff read; requests are asked for by the warehouse and procurement,
                // approved by procurement, the manager or the admin as the amount thresholds allow (the domain
                // checks the threshold and that nobody approves their own); orders by procurement; the warehouse
                // receives and returns
                .requestMatchers(HttpMethod.GET, "/api/v1/procurement/requests", "/api/v1/procurement/requests/*",
                        "/api/v1/procurement/orders", "/api/v1/procurement/orders/*",
                        "/api/v1/procurement/orders/*/returns", "/api/v1/procurement/late-orders",
                        "/api/v1/procurement/supplier-performance")
                .hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/procurement/requests", "/api/v1/procurement/requests/*/submit",
                        "/api/v1/procurement/requests/from-plan",
                        "/api/v1/procurement/requests/*/cancel")
                .hasAnyRole(names(ADMIN, MANAGER, PROCUREMENT, WAREHOUSE))
                .requestMatchers(HttpMethod.POST, "/api/v1/procurement/requests/*/approve",
                        "/api/v1/procurement/requests/*/reject", "/api/v1/procurement/orders",
                        "/api/v1/procurement/orders/from-requests", "/api/v1/procurement/orders/*/send",
                        "/api/v1/procurement/orders/*/cancel")
                .hasAnyRole(names(ADMIN, MANAGER, PROCUREMENT))
                .requestMatchers(HttpMethod.POST, "/api/v1/procurement/orders/*/lines/*/receipts",
                        "/api/v1/procurement/orders/*/lines/*/returns")
                .hasAnyRole(names(ADMIN, WAREHOUSE))
                // procurement (suppliers, reorder plan, demand, plan accuracy): every staff role reads; procurement
                // and the administrator keep the supplier catalogue and record plan runs
                .requestMatchers(HttpMethod.GET, "/api/v1/procurement/suppliers", "/api/v1/procurement/suppliers/**",
                        "/api/v1/procurement/plan", "/api/v1/procurement/plan/**", "/api/v1/procurement/demand",
                        "/api/v1/procurement/plan-accuracy")
                .hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/procurement/suppliers",
                        "/api/v1/procurement/suppliers/*/contracts", "/api/v1/procurement/plan/runs")
                .hasAnyRole(names(ADMIN, PROCUREMENT))
                .requestMatchers(HttpMethod.PUT, "/api/v1/procurement/suppliers/*",
                        "/api/v1/procurement/suppliers/*/items/*", "/api/v1/procurement/suppliers/*/contracts/*")
                .hasAnyRole(names(ADMIN, PROCUREMENT))
                .requestMatchers(HttpMethod.DELETE, "/api/v1/procurement/suppliers/*/items/*")
                .hasAnyRole(names(ADMIN, PROCUREMENT))
                // logistics: every staff role reads shipments, the plan, swaps and figures; logistics and the
                // warehouse plan, dispatch, report and receive (the ledger decides which stock moves); carriers'
                // tracking webhooks are authenticated by their HMAC signature, like the CRM's
                .requestMatchers(HttpMethod.GET, "/api/v1/logistics/**").hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/logistics/shipments", "/api/v1/logistics/shipments/*/dispatch",
                        "/api/v1/logistics/shipments/*/status", "/api/v1/logistics/shipments/*/receive",
                        "/api/v1/logistics/swaps", "/api/v1/logistics/swaps/*/send-back")
                .hasAnyRole(names(ADMIN, LOGISTICS, WAREHOUSE))
                .requestMatchers(CARRIER_WEBHOOK).permitAll()
                // stock web UI: its lists as XLSX / CSV, read like the lists themselves
                .requestMatchers(HttpMethod.GET, "/api/v1/stock/export/*").hasAnyRole(names(REQUEST_READERS))
                // procurement web UI: its lists as XLSX / CSV, read like the lists themselves
                .requestMatchers(HttpMethod.GET, "/api/v1/procurement/export/*").hasAnyRole(names(REQUEST_READERS))
                // live stock (issue 4): every staff role reads live stock, alerts and reorder points; the
                // warehouse and procurement set reorder points; the ledger's keepers and accountants reconcile;
                // a batch of movements admits who records single ones (the domain checks each line's kind)
                .requestMatchers(HttpMethod.GET, "/api/v1/stock/live", "/api/v1/stock/live/alerts",
                        "/api/v1/stock/reorder-points").hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.PUT, "/api/v1/stock/reorder-points")
                .hasAnyRole(names(ADMIN, WAREHOUSE, PROCUREMENT))
                .requestMatchers(HttpMethod.GET, "/api/v1/stock/reconciliation", "/api/v1/stock/reconciliation/runs")
                .hasAnyRole(names(ADMIN, WAREHOUSE, ACCOUNTANT))
                .requestMatchers(HttpMethod.POST, "/api/v1/stock/movements/batch")
                .hasAnyRole(names(ADMIN, WAREHOUSE, LOGISTICS))
                // exchange rates (курсы НБ РБ): every staff role reads them; accountants and the admin set them
                .requestMatchers(HttpMethod.GET, "/api/v1/finance/exchange-rates", "/api/v1/finance/exchange-rates/*")
                .hasAnyRole(names(REQUEST_READERS))
                .requestMatchers(HttpMethod.PUT, "/api/v1/finance/exchange-rates/*/*").hasAnyRole(names(ADMIN, ACCOUNTANT))
                .requestMatchers(HttpMethod.POST, "/api/v1/finance/exchange-rates/import")
                .hasAnyRole(names(ADMIN, ACCOUNTANT))
                .requestMatchers("/api/**", "/actuator/**", "/internal/**").denyAll()
                // The web UI's files and client-side routes.
                .requestMatchers(HttpMethod.GET, "/", "/index.html", "/favicon.ico", "/favicon.svg", "/assets/**",
                        "/login", "/requests", "/requests/**", "/tasks", "/tasks/**", "/figures", "/settings", "/settings/**",
                        "/survey/*", "/stock", "/stock/**",
                        "/logistics", "/logistics/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/procurement", "/procurement/**").permitAll()
                .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("Dozor").authenticationEntryPoint(problems::unauthorized))
                .formLogin(form -> form.loginProcessingUrl("/api/v1/auth/login")
                        .successHandler((req, res, auth) -> problems.writeMe(res, users, auth.getName()))
                        .failureHandler((req, res, ex) -> problems.badCredentials(req, res)))
                .logout(logout -> logout.logoutUrl("/api/v1/auth/logout")
                        .logoutSuccessHandler(new org.springframework.security.web.authentication.logout
                                .HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                // A request carrying credentials in its Authorization header cannot be forged cross-site by a
                // form; the session-cookie UI must send the token. Browsers are never asked for Basic
                // credentials (see ProblemResponses), so they do not cache them.
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(basicAuthenticated(),
                        // an anonymous page with a one-time token: nothing of a session to forge
                        request -> request.getRequestURI().startsWith("/api/public/"),
                        // the CRM webhook carries no session and no cookie: its signature makes it unforgeable
                        CRM_WEBHOOK, CARRIER_WEBHOOK))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    private static RequestMatcher basicAuthenticated() {
        return request -> {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        };
    }

    static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }

}
