package dozor.notifications.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** POSTs JSON and turns every outcome but a 2xx into a {@link DeliveryFailure} that names no URL. */
final class JsonPoster {

    private static final int MAX_BODY = 300;

    private final RestClient http;

    JsonPoster(RestClient.Builder builder, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(timeout);
        this.http = builder.clone().requestFactory(factory).build();
    }

    void post(URI uri, Object body) throws DeliveryFailure {
        Integer failedStatus;
        String failedBody;
        try {
            // exchange() instead of retrieve(): Spring's status exceptions put the full URL in their message,
            // and a Telegram URL holds the bot token.
            String[] answer = http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        return status / 100 == 2 ? null : new String[] { String.valueOf(status),
                                head(response.getBody()) };
                    });
            if (answer == null) {
                return;
            }
            failedStatus = Integer.valueOf(answer[0]);
            failedBody = answer[1];
        }
        catch (RestClientException ex) {
            throw DeliveryFailure.unreachable(ex);
        }
        throw DeliveryFailure.ofStatus(failedStatus, failedBody);
    }

    private static String head(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
