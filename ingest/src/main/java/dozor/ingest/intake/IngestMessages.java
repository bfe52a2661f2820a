package dozor.ingest.intake;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Ingest's own texts ({@code dozor/ingest/messages*.properties}) on top of the application's, so that a validation
 * message reads the same here as in the REST API while ingest's wording stays in the ingest module.
 */
@Component
public class IngestMessages {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    IngestMessages(MessageSource application) {
        messages.setBasename("dozor/ingest/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setParentMessageSource(application);
    }

    public String get(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args.length == 0 ? null : args, code, locale);
    }

    public String get(Locale locale, MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale);
    }
}
