package org.openpathways.platform.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that a person typed: no markup ({@code <} followed by a letter, {@code /}, {@code !} or {@code ?}), no control
 * characters other than tab and line breaks (so no NUL, which PostgreSQL cannot store), no broken surrogate pairs and no
 * U+FFFD, the mark of bytes that were not valid UTF-8. Everything else, including any script and apostrophes, is
 * allowed. {@code null} is valid (combine with {@code @NotNull} or {@code @NotBlank}); combine with {@code @Size} for a
 * maximum length.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{api.field.plain-text}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
