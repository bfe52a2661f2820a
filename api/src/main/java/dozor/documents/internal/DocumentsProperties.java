package dozor.documents.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of attachments ({@code dozor.documents.*}).
 *
 * @param maxSize the largest file accepted; {@code spring.servlet.multipart.max-file-size} follows it
 */
@ConfigurationProperties("dozor.documents")
public record DocumentsProperties(@DefaultValue("20MB") DataSize maxSize) {
}
