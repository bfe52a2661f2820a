package dozor.notifications.web;

import dozor.notifications.Channel;
import dozor.notifications.NotificationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Spring builds this validator, so the rule (allowed webhook hosts come from configuration) lives in one place. */
class ChannelAddressValidator implements ConstraintValidator<ChannelAddress, String> {

    private final NotificationSettings settings;

    private Channel channel;

    ChannelAddressValidator(NotificationSettings settings) {
        this.settings = settings;
    }

    @Override
    public void initialize(ChannelAddress annotation) {
        this.channel = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || settings.acceptsAddress(channel, value.strip());
    }
}
