package dozor.ingest.carriers;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class CarrierWebhookConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CarrierWebhookConfiguration.class);

    @Bean
    CarrierWebhooks carrierWebhooks(Environment environment) {
        Map<String, CarrierWebhooks.Settings> settings = Binder.get(environment)
                .bind("dozor.ingest.carriers", Bindable.mapOf(String.class, CarrierWebhooks.Settings.class))
                .orElse(Map.of());
        CarrierWebhooks webhooks = CarrierWebhooks.of(settings);
        webhooks.all().values().stream().filter(c -> !c.signature().configured()).forEach(c -> log.warn(
                "Carrier {} tracking webhook: no secret (dozor.ingest.carriers.{}.secret); every delivery will be "
                        + "refused", c.code(), c.code().toLowerCase(java.util.Locale.ROOT)));
        return webhooks;
    }
}
