package org.openpathways.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * What an endpoint reads, found from its handler method: a JSON body, form fields or multipart parts, with the field
 * names and types of the body or form object, the query parameters and the path variables. Hostile requests are built
 * from it so they reach the endpoint's own validation rather than stopping at unknown field names.
 */
public record EndpointShape(
        Kind kind,
        List<FieldSpec> fields,
        List<String> queryParameters,
        List<String> fileParts,
        Map<String, Class<?>> pathVariables) {

    public enum Kind {
        JSON,
        FORM,
        MULTIPART
    }

    /** A field of a body or form object; nested objects have fields of their own. */
    public record FieldSpec(String name, Class<?> type, List<FieldSpec> nested) {}

    private static final int MAX_DEPTH = 2;

    /**
     * Whether the endpoint reads nothing from the request (a command such as "rotate the keys now"): whatever a caller
     * sends, none of it can be stored, and the command may rightly change state.
     */
    public boolean readsNoInput() {
        return kind != Kind.MULTIPART
                && fields.isEmpty()
                && queryParameters.isEmpty()
                && fileParts.isEmpty()
                && pathVariables.isEmpty();
    }

    public static EndpointShape of(HandlerMethod handler, boolean api) {
        Kind kind = api ? Kind.JSON : Kind.FORM;
        List<FieldSpec> fields = new ArrayList<>();
        List<String> query = new ArrayList<>();
        List<String> files = new ArrayList<>();
        Map<String, Class<?>> variables = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            String name = name(parameter);
            if (MultipartFile.class.isAssignableFrom(type)
                    || type == MultipartFile[].class
                    || parameter.hasParameterAnnotation(RequestPart.class)) {
                kind = Kind.MULTIPART;
                files.add(name);
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                kind = Kind.JSON;
                fields.addAll(fieldsOf(type, 0));
            } else if (parameter.hasParameterAnnotation(PathVariable.class)) {
                variables.put(name, type);
            } else if (parameter.hasParameterAnnotation(RequestParam.class) && !Map.class.isAssignableFrom(type)) {
                query.add(name);
            } else if (isApplicationType(type) && !api) {
                fields.addAll(fieldsOf(type, 0));
            }
        }
        return new EndpointShape(kind, fields, query, files, variables);
    }

    /** Form objects and bodies are the application's own types; framework arguments are not. */
    private static boolean isApplicationType(Class<?> type) {
        return type.getName().startsWith("org.openpathways.")
                && !type.getName().startsWith("org.openpathways.platform.api.")
                && !BeanUtils.isSimpleProperty(type)
                && !type.isEnum();
    }

    private static List<FieldSpec> fieldsOf(Class<?> type, int depth) {
        List<FieldSpec> fields = new ArrayList<>();
        if (depth > MAX_DEPTH
                || BeanUtils.isSimpleProperty(type)
                || type.getName().startsWith("java.")) {
            return fields;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                JsonProperty renamed = component.getAnnotation(JsonProperty.class);
                String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
                fields.add(new FieldSpec(name, component.getType(), nested(component.getType(), depth)));
            }
            return fields;
        }
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    fields.add(new FieldSpec(field.getName(), field.getType(), nested(field.getType(), depth)));
                }
            }
        }
        return fields;
    }

    private static List<FieldSpec> nested(Class<?> type, int depth) {
        return isApplicationType(type) ? fieldsOf(type, depth + 1) : List.of();
    }

    private static String name(MethodParameter parameter) {
        String annotated = "";
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (param != null) {
            annotated = param.name().isEmpty() ? param.value() : param.name();
        } else if (part != null) {
            annotated = part.name().isEmpty() ? part.value() : part.name();
        } else if (variable != null) {
            annotated = variable.name().isEmpty() ? variable.value() : variable.name();
        }
        if (!annotated.isEmpty()) {
            return annotated;
        }
        String declared = parameter.getParameterName();
        return declared == null ? "value" : declared;
    }
}
