package dozor.ingest.crm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrmWebhookProperties.class)
class CrmWebhookConfiguration {

    /** The documented environment variable, besides Spring's own {@code DOZOR_INGEST_CRM_SECRET}. */
    static final String SECRET_VARIABLE = "DOZOR_CRM_WEBHOOK_SECRET";

    private static final Logger log = LoggerFactory.getLogger(CrmWebhookConfiguration.class);

    @Bean
    WebhookSignature crmWebhookSignature(CrmWebhookProperties properties, Environment environment) {
        String secret = properties.secret();
        if (secret == null || secret.isBlank()) {
            secret = environment.getProperty(SECRET_VARIABLE);
        }
        WebhookSignature signature = new WebhookSignature(secret, properties.tolerance());
        if (!signature.configured()) {
            log.warn("CRM webhook: no secret (dozor.ingest.crm.secret or {}); every delivery will be refused",
                    SECRET_VARIABLE);
        }
        else if (secret.length() < 16) {
            log.warn("CRM webhook: the secret is shorter than 16 characters; choose a long random one");
        }
        return signature;
    }

    @Bean
    CrmMapping crmMapping(CrmWebhookProperties properties) {
        CrmMapping mapping = CrmMapping.of(properties.mapping());
        log.debug("CRM webhook mapping {}", mapping.describe());
        return mapping;
    }
}
