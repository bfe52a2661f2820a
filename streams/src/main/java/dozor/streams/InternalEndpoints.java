package dozor.streams;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dozor.internal.InternalTokenFilter;

@Configuration(proxyBeanMethods = false)
class InternalEndpoints {

    @Bean
    InternalTokenFilter internalTokenFilter(@Value("${dozor.internal.token:}") String token) {
        return new InternalTokenFilter(token);
    }
}
