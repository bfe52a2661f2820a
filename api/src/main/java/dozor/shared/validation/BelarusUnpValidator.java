package dozor.shared.validation;

import dozor.shared.Unp;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class BelarusUnpValidator implements ConstraintValidator<BelarusUnp, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || Unp.parse(value).isPresent();
    }
}
