package org.primarysources.archive.ui.drafting;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.primarysources.archive.core.citation.LocatorLabel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A CSL locator label the archive knows ({@link LocatorLabel}), or none. */
@Documented
@Constraint(validatedBy = KnownLocatorLabel.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownLocatorLabel {

    String message() default "choose a locator label from the list (page, article, section, …)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Asks core's {@link LocatorLabel}, so the form and the archive accept the same labels. */
    class Check implements ConstraintValidator<KnownLocatorLabel, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || LocatorLabel.isKnown(value);
        }
    }
}
