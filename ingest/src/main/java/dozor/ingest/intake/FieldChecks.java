package dozor.ingest.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jakarta.validation.Validator;

/**
 * Bean Validation of ingested values with the REST API's message codes ({@code NotBlank.customerName}, ...), so a
 * CRM payload or a file row is refused with the very words the web form would show.
 */
@Component
public class FieldChecks {

    private final SpringValidatorAdapter validator;

    private final IngestMessages messages;

    FieldChecks(Validator validator, IngestMessages messages) {
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    /** The problems of a record's fields, in the order of {@code fieldOrder} (then by name). */
    public List<FieldProblem> check(Object target, List<String> fieldOrder, Locale locale) {
        DirectFieldBindingResult errors = new DirectFieldBindingResult(target, "fields");
        validator.validate(target, errors);
        return errors.getFieldErrors().stream()
                .sorted(Comparator.<org.springframework.validation.FieldError>comparingInt(e -> rank(fieldOrder,
                        e.getField())).thenComparing(org.springframework.validation.FieldError::getField)
                        .thenComparing(e -> String.valueOf(e.getCode())))
                .map(e -> new FieldProblem(e.getField(), messages.get(locale, e)))
                .toList();
    }

    private static int rank(List<String> order, String field) {
        int i = order.indexOf(field);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
