package dozor.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import dozor.notifications.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail over SMTP through Spring's {@code JavaMailSender}: plain text, UTF-8, the notice's title as subject.
 * The sender is kept private rather than made a bean: Boot's mail health check would otherwise probe the SMTP
 * server and report the whole api DOWN while mail is unreachable, which the retries already absorb.
 */
class EmailSender implements ChannelSender {

    private final NotificationProperties.Email settings;

    private final JavaMailSenderImpl mail = new JavaMailSenderImpl();

    EmailSender(NotificationProperties.Email settings) {
        this.settings = settings;
        mail.setHost(settings.host());
        mail.setPort(settings.port());
        mail.setDefaultEncoding(StandardCharsets.UTF_8.name());
        if (!settings.username().isBlank()) {
            mail.setUsername(settings.username());
            mail.setPassword(settings.password());
        }
        Properties props = mail.getJavaMailProperties();
        String millis = String.valueOf(settings.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        props.put("mail.smtp.auth", String.valueOf(!settings.username().isBlank()));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean available() {
        return settings.configured();
    }

    @Override
    public void send(OutgoingMessage message, String address) throws DeliveryFailure {
        try {
            mail.send(compose(message, address));
        }
        catch (MailParseException | MailPreparationException ex) {
            throw new DeliveryFailure("unusable message or address: " + ex.getMessage(), true);
        }
        catch (MailException ex) {
            throw DeliveryFailure.unreachable(ex);
        }
    }

    MimeMessage compose(OutgoingMessage message, String address) throws DeliveryFailure {
        MimeMessage mime = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(sender());
            helper.setTo(address);
            helper.setSubject(message.title());
            helper.setText(body(message), false);
        }
        catch (MessagingException ex) {
            throw new DeliveryFailure("unusable message or address: " + ex.getMessage(), true);
        }
        return mime;
    }

    /** The configured sender, its Cyrillic display name encoded (RFC 2047) rather than sent as raw 8-bit. */
    private InternetAddress sender() throws MessagingException {
        InternetAddress from = new InternetAddress(settings.from(), true);
        if (from.getPersonal() != null) {
            try {
                from.setPersonal(from.getPersonal(), StandardCharsets.UTF_8.name());
            }
            catch (java.io.UnsupportedEncodingException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return from;
    }

    static String body(OutgoingMessage message) {
        StringBuilder body = new StringBuilder().append(message.text()).append("\n");
        if (message.url() != null) {
            body.append("\n").append(message.openLabel()).append(": ").append(message.url()).append("\n");
        }
        body.append("\n— ").append(message.english() ? "Dozor" : "Дозор").append(", ").append(message.typeName())
                .append("\n");
        return body.toString();
    }
}
