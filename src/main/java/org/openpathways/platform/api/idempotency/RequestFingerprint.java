package org.openpathways.platform.api.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openpathways.platform.api.web.BufferedBodyRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * SHA-256 of what makes two requests the same request: method, path with query, and body (for uploads, the form fields
 * and each file's name, type and content). Every part is length-prefixed, so different requests cannot run together
 * into the same bytes.
 */
final class RequestFingerprint {

    private final MessageDigest digest;

    private RequestFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String of(HttpServletRequest request) throws IOException {
        RequestFingerprint fingerprint = new RequestFingerprint();
        fingerprint.add(request.getMethod());
        fingerprint.add(request.getRequestURI());
        fingerprint.add(request.getQueryString() == null ? "" : request.getQueryString());
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            fingerprint.addParameters(multipart.getParameterMap());
            for (Map.Entry<String, List<MultipartFile>> files : new TreeMap<>(multipart.getMultiFileMap()).entrySet()) {
                for (MultipartFile file : files.getValue()) {
                    fingerprint.add(files.getKey());
                    fingerprint.add(String.valueOf(file.getOriginalFilename()));
                    fingerprint.add(String.valueOf(file.getContentType()));
                    fingerprint.add(file);
                }
            }
        } else {
            var body = BufferedBodyRequest.bodyOf(request);
            if (body.isPresent()) {
                fingerprint.add(body.get());
            } else {
                fingerprint.addParameters(request.getParameterMap());
            }
        }
        return HexFormat.of().formatHex(fingerprint.digest.digest());
    }

    private void add(String text) {
        add(text.getBytes(StandardCharsets.UTF_8));
    }

    private void add(byte[] bytes) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
        digest.update(bytes);
    }

    private void add(MultipartFile file) throws IOException {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(file.getSize()).array());
        try (InputStream in = file.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
    }

    private void addParameters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : new TreeMap<>(parameters).entrySet()) {
            add(parameter.getKey());
            for (String value : parameter.getValue()) {
                add(value);
            }
        }
    }
}
