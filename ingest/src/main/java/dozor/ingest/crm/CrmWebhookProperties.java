package dozor.ingest.crm;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CRM integration ({@code dozor.ingest.crm.*}).
 *
 * @param secret the shared HMAC secret; falls back to the environment variable {@code DOZOR_CRM_WEBHOOK_SECRET}.
 *     Without one every delivery is refused.
 * @param tolerance how far the signed timestamp may be from our clock, either way (default 5 minutes)
 * @param mapping our field → JSON pointer into the CRM's payload, e.g. {@code customerName=/client/title};
 *     fields not named keep the default {@code /<field>}, an empty pointer leaves a field unmapped
 */
@ConfigurationProperties("dozor.ingest.crm")
public record CrmWebhookProperties(String secret, @DefaultValue("PT5M") Duration tolerance,
        Map<String, String> mapping) {

    public CrmWebhookProperties {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }
}
