package dozor.work.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import dozor.work.WorkProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkProperties.class)
class WorkConfiguration {
}
