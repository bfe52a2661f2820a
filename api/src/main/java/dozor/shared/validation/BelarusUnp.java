package dozor.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A valid УНП (format and check digit), or null/blank. */
@Documented
@Constraint(validatedBy = BelarusUnpValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface BelarusUnp {

    String message() default "{dozor.validation.unp}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
