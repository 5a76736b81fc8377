package org.openpathways.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One hostile request: a raw body of some content type (or multipart parts), hostile query parameters and perhaps an
 * {@code Idempotency-Key}. {@link #toString()} shows it shortened, to name a failing case.
 */
public record HostileRequest(
        String contentType,
        byte[] body,
        List<MockMultipartFile> files,
        Map<String, String> parameters,
        @Nullable String idempotencyKey) {

    public AbstractMockHttpServletRequestBuilder<?> toBuilder(HttpMethod method, String path) {
        if (!files.isEmpty()) {
            MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(method, path);
            files.forEach(multipart::file);
            parameters.forEach(multipart::param);
            return idempotencyKey == null ? multipart : multipart.header("Idempotency-Key", idempotencyKey);
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path)
                .contentType(contentType)
                .content(body);
        parameters.forEach(request::queryParam);
        return idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey);
    }

    @Override
    public String toString() {
        String text = new String(body, StandardCharsets.UTF_8);
        String shown = text.length() > 300 ? text.substring(0, 300) + "… (" + body.length + " bytes)" : text;
        return contentType + " " + shown.replace("\u0000", "\\u0000") + " files="
                + files.stream()
                        .map(file -> file.getName() + ":" + file.getOriginalFilename())
                        .toList() + " params=" + parameters.keySet() + " key=" + idempotencyKey;
    }
}
