package dozor.api.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** Russian unless the caller asks for English. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(RUSSIAN);
        resolver.setSupportedLocales(List.of(RUSSIAN, Locale.ENGLISH));
        return resolver;
    }

    @Bean
    dozor.api.time.EventTimeClock clock() {
        return new dozor.api.time.EventTimeClock(Clock.systemUTC());
    }

    /**
     * Login and logout are served by Spring Security's filters, not by a controller; they are added by hand so
     * that the OpenAPI document describes every endpoint the web UI calls.
     */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer authEndpoints() {
        return openApi -> {
            var form = new io.swagger.v3.oas.models.media.ObjectSchema()
                    .addProperty("username", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("password", new io.swagger.v3.oas.models.media.StringSchema());
            var login = new io.swagger.v3.oas.models.Operation().addTagsItem("Auth")
                    .summary("Log in (session cookie); send the X-XSRF-TOKEN header")
                    .requestBody(new io.swagger.v3.oas.models.parameters.RequestBody().content(
                            new io.swagger.v3.oas.models.media.Content().addMediaType(
                                    "application/x-www-form-urlencoded",
                                    new io.swagger.v3.oas.models.media.MediaType().schema(form))))
                    .responses(new io.swagger.v3.oas.models.responses.ApiResponses()
                            .addApiResponse("200", new io.swagger.v3.oas.models.responses.ApiResponse()
                                    .description("Logged in; the body describes the user"))
                            .addApiResponse("401", new io.swagger.v3.oas.models.responses.ApiResponse()
                                    .description("Wrong user name or password")));
            var logout = new io.swagger.v3.oas.models.Operation().addTagsItem("Auth").summary("Log out")
                    .responses(new io.swagger.v3.oas.models.responses.ApiResponses().addApiResponse("204",
                            new io.swagger.v3.oas.models.responses.ApiResponse().description("Logged out")));
            openApi.path("/api/v1/auth/login", new io.swagger.v3.oas.models.PathItem().post(login));
            openApi.path("/api/v1/auth/logout", new io.swagger.v3.oas.models.PathItem().post(logout));
        };
    }

    @Bean
    OpenAPI dozorOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Dozor API").version("v1")
                        .description("Service requests, work, stock, logistics, procurement and finance of a service "
                                + "company. Errors are RFC 9457 problem documents."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}
