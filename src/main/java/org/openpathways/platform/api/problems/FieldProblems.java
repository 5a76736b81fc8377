package org.openpathways.platform.api.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Lists which fields of a request are wrong and why, in the caller's language. Messages come from the bundles (Bean
 * Validation's own translations unless a module's bundle overrides the constraint's code); the rejected values are
 * never repeated, since they may be hostile or personal.
 */
@Component
class FieldProblems {

    static final String REQUIRED = "api.field.required";
    static final String WRONG_FORMAT = "api.field.wrong-format";
    static final String WRONG_TYPE = "api.field.wrong-type";
    static final String UNKNOWN = "api.field.unknown";

    private final MessageSource messages;

    FieldProblems(MessageSource messages) {
        this.messages = messages;
    }

    List<FieldProblem> of(Errors errors, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ObjectError error : errors.getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : "";
            problems.add(new FieldProblem(field, message(error, locale)));
        }
        return problems;
    }

    List<FieldProblem> of(MethodValidationResult validation, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ParameterValidationResult result : validation.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                problems.addAll(of(errors, locale));
                continue;
            }
            String name = parameterName(result.getMethodParameter());
            if (result.getContainerIndex() != null) {
                name += "[" + result.getContainerIndex() + "]";
            } else if (result.getContainerKey() != null) {
                name += "[" + result.getContainerKey() + "]";
            }
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                problems.add(new FieldProblem(name, message(error, locale)));
            }
        }
        for (MessageSourceResolvable error : validation.getCrossParameterValidationResults()) {
            problems.add(new FieldProblem("", message(error, locale)));
        }
        return problems;
    }

    List<FieldProblem> of(ConstraintViolationException exception) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            problems.add(new FieldProblem(leafName(violation.getPropertyPath()), violation.getMessage()));
        }
        return problems;
    }

    /** The located causes of an unreadable body: a value of the wrong type, or a field the endpoint does not know. */
    List<FieldProblem> of(HttpMessageNotReadableException exception, Locale locale) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String code = cause instanceof UnrecognizedPropertyException ? UNKNOWN : WRONG_TYPE;
                return List.of(new FieldProblem(path(jackson), text(code, locale)));
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return List.of();
    }

    FieldProblem required(String name, Locale locale) {
        return new FieldProblem(name, text(REQUIRED, locale));
    }

    FieldProblem wrongFormat(String name, Locale locale) {
        return new FieldProblem(name, text(WRONG_FORMAT, locale));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private String message(MessageSourceResolvable error, Locale locale) {
        String fallback = error.getDefaultMessage() != null ? error.getDefaultMessage() : text(WRONG_FORMAT, locale);
        String[] codes = error.getCodes();
        if (codes == null || codes.length == 0) {
            return fallback;
        }
        return messages.getMessage(new ResolvableWithFallback(error, fallback), locale);
    }

    private static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String leafName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name;
    }

    private static String parameterName(MethodParameter parameter) {
        String named = annotatedName(parameter);
        if (named != null && !named.isEmpty()) {
            return named;
        }
        String declared = parameter.getParameterName();
        return declared == null ? "" : declared;
    }

    private static @Nullable String annotatedName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            return param.name().isEmpty() ? param.value() : param.name();
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null) {
            return variable.name().isEmpty() ? variable.value() : variable.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null) {
            return header.name().isEmpty() ? header.value() : header.name();
        }
        return null;
    }

    /** The error's own codes and arguments, falling back to its (already translated) default message. */
    private record ResolvableWithFallback(MessageSourceResolvable error, String fallback)
            implements MessageSourceResolvable {

        @Override
        public String @Nullable [] getCodes() {
            return error.getCodes();
        }

        @Override
        public Object @Nullable [] getArguments() {
            return error.getArguments();
        }

        @Override
        public String getDefaultMessage() {
            return fallback;
        }
    }
}
