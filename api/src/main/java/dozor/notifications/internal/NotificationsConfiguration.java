package dozor.notifications.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import io.micrometer.core.instrument.MeterRegistry;

/** The channels' clients and the delivery worker, built from {@code dozor.notifications.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationsConfiguration {

    @Bean
    ChannelSenders channelSenders(NotificationProperties properties, RestClient.Builder http) {
        return new ChannelSenders(List.of(new EmailSender(properties.email()),
                new TelegramSender(properties.telegram(), http), new SlackSender(properties.slack(), http),
                new TeamsSender(properties.teams(), http)));
    }

    @Bean
    WebhookPolicy webhookPolicy(NotificationProperties properties) {
        return new WebhookPolicy(properties.slack().allowedHosts(), properties.teams().allowedHosts());
    }

    @Bean
    DeliveryWorker deliveryWorker(DeliveryQueue queue, ChannelSenders senders, NotificationProperties properties,
            Clock clock, MeterRegistry meters) {
        return new DeliveryWorker(queue, senders, Backoff.of(properties.retry()), properties, clock, meters);
    }

    @Bean
    DeliveryScheduler deliveryScheduler(DeliveryWorker worker, DeliverySignal signal,
            NotificationProperties properties, Clock clock) {
        return new DeliveryScheduler(worker, signal, properties, clock);
    }
}
