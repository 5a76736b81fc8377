package org.openpathways.permits.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openpathways.permits.Permits;

/** One of the configured revocation grounds ({@code null} and blank are left to {@code @NotBlank}). */
@Documented
@Constraint(validatedBy = RevocationGround.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface RevocationGround {

    String message() default "{permits.revocation.ground.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Created by Spring's validator factory, so the configured grounds are injected. */
    class Validator implements ConstraintValidator<RevocationGround, String> {

        private final Permits permits;

        Validator(Permits permits) {
            this.permits = permits;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || value.isBlank()
                    || permits.revocationGrounds().contains(value);
        }
    }
}
