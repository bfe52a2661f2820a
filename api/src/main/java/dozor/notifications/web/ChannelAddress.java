package dozor.notifications.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dozor.notifications.Channel;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A usable address of the channel (see {@code NotificationSettings.acceptsAddress}), or null/blank. */
@Documented
@Constraint(validatedBy = ChannelAddressValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface ChannelAddress {

    Channel value();

    String message() default "{dozor.validation.channelAddress}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
