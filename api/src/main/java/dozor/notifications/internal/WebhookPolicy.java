package dozor.notifications.internal;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dozor.notifications.Channel;

/**
 * Which webhook URLs a user may store. The worker POSTs to whatever URL is stored, so without this check any user
 * could make the server call an internal address (SSRF). Only https URLs on a configured host (or a sub-domain
 * of one) pass; plain http only to a loopback host that is itself listed, which is what tests use.
 */
public final class WebhookPolicy {

    /** The services' own hosts; Teams Workflows webhooks live on Azure Logic Apps / Power Platform hosts. */
    static final Map<Channel, List<String>> DEFAULT_HOSTS = Map.of(
            Channel.SLACK, List.of("hooks.slack.com"),
            Channel.TEAMS, List.of("webhook.office.com", "logic.azure.com", "powerplatform.com"));

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private final Map<Channel, List<String>> allowed = new EnumMap<>(Channel.class);

    public WebhookPolicy(List<String> slackHosts, List<String> teamsHosts) {
        allowed.put(Channel.SLACK, orDefault(slackHosts, Channel.SLACK));
        allowed.put(Channel.TEAMS, orDefault(teamsHosts, Channel.TEAMS));
    }

    /** True when {@code url} may be stored as the user's webhook of {@code channel} (Slack or Teams). */
    public boolean accepts(Channel channel, String url) {
        List<String> hosts = allowed.get(channel);
        if (hosts == null || url == null || url.length() > 1000) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        }
        catch (java.net.URISyntaxException ex) {
            return false;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getUserInfo() != null || uri.getScheme() == null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean listed = hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return listed && (scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host)));
    }

    private static List<String> orDefault(List<String> hosts, Channel channel) {
        List<String> chosen = hosts == null || hosts.isEmpty() ? DEFAULT_HOSTS.get(channel) : hosts;
        return chosen.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }
}
