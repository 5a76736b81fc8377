package org.openpathways.platform.api.docs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.PageQuery;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds to each operation what the conventions promise for it: the error responses it can give, the
 * {@code Idempotency-Key} header of {@link Idempotent} handlers, {@code If-Match} where the handler takes {@link IfMatch},
 * and {@code page} and {@code size} where it takes {@link PageQuery}.
 */
class ApiConventionsDocumenter implements OperationCustomizer {

    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    static final String IF_MATCH = "IfMatch";
    static final String PAGE = "Page";
    static final String SIZE = "Size";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean changes = changes(handler);
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        Idempotent idempotent = handler.getMethodAnnotation(Idempotent.class);
        if (idempotent != null) {
            operation.addParametersItem(
                    idempotent.required()
                            ? ApiDocumentation.idempotencyKey().required(true)
                            : reference(IDEMPOTENCY_KEY));
            error(operation, "409");
            error(operation, "422");
            hasInput = true;
        }
        if (takes(handler, IfMatch.class)) {
            operation.addParametersItem(reference(IF_MATCH));
            error(operation, "412");
            error(operation, "428");
            error(operation, "409");
        }
        if (takes(handler, PageQuery.class)) {
            operation.addParametersItem(reference(PAGE));
            operation.addParametersItem(reference(SIZE));
            hasInput = true;
        }
        if (hasInput) {
            error(operation, "400");
        }
        error(operation, "401");
        error(operation, "403");
        if (Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class))) {
            error(operation, "404");
        }
        error(operation, "406");
        if (operation.getRequestBody() != null) {
            error(operation, "413");
            error(operation, "415");
        }
        if (changes) {
            error(operation, "429");
        }
        error(operation, "500");
        return operation;
    }

    private static void error(Operation operation, String status) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            responses = new ApiResponses();
            operation.setResponses(responses);
        }
        if (!responses.containsKey(status)) {
            responses.addApiResponse(
                    status,
                    new ApiResponse().$ref("#/components/responses/" + ApiDocumentation.ERROR_RESPONSES.get(status)));
        }
    }

    private static Parameter reference(String name) {
        return new Parameter().$ref("#/components/parameters/" + name);
    }

    private static boolean takes(HandlerMethod handler, Class<?> type) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.getParameterType() == type) {
                return true;
            }
        }
        return false;
    }

    private static boolean changes(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null) {
            return false;
        }
        return Arrays.stream(mapping.method())
                .anyMatch(method -> method == RequestMethod.POST
                        || method == RequestMethod.PUT
                        || method == RequestMethod.PATCH
                        || method == RequestMethod.DELETE);
    }
}
