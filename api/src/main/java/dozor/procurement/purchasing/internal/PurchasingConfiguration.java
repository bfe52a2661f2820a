package dozor.procurement.purchasing.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import dozor.procurement.purchasing.PurchasingProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PurchasingProperties.class)
class PurchasingConfiguration {
}
