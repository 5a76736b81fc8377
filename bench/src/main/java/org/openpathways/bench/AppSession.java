package org.openpathways.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A signed-in person's session with the application, as a browser or an API client keeps it: the session cookie and
 * the CSRF token (a cookie the application sets, sent back in the {@code X-XSRF-TOKEN} header on unsafe requests).
 * Requests go through {@link HttpURLConnection} with persistent connections, like {@link CatalogueHttp}. One session may
 * be shared by every worker: the cookies do not change after sign-in.
 */
final class AppSession {

    /** The answer to one request. */
    record Answer(int status, String body, String etag) {}

    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private volatile String cookieHeader = "";
    private volatile String csrf;

    private static final java.util.regex.Pattern CSRF_META =
            java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private AppSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Signs in through the sign-in form (demo mode waives the second factor of staff accounts).
     *
     * @throws IllegalStateException when the application does not accept the password
     */
    static AppSession signIn(String baseUrl, String email, String password) throws IOException {
        AppSession session = new AppSession(baseUrl);
        // The token a page carries (masked, as Spring Security hands it out) is what a form or a script sends back.
        String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf="
                + encode(session.pageToken("/login"));
        Answer answer = session.send(
                "POST", "/login", form, "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
        if (answer.status() != 302 || !session.cookies.containsKey("JSESSIONID")) {
            throw new IllegalStateException("Sign-in of " + email + " answered " + answer.status());
        }
        // Signing in turns the token over: read the new one from a page of the signed-in session.
        session.csrf = session.pageToken("/");
        return session;
    }

    Answer get(String path) throws IOException {
        return send("GET", path, null, null, Map.of());
    }

    Answer get(String path, Map<String, String> headers) throws IOException {
        return send("GET", path, null, null, headers);
    }

    Answer post(String path, String json) throws IOException {
        return send("POST", path, json, json == null ? null : "application/json", csrfHeader());
    }

    Answer put(String path, String json, String ifMatch) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(csrfHeader());
        headers.put("If-Match", ifMatch);
        return send("PUT", path, json, "application/json", headers);
    }

    private Map<String, String> csrfHeader() {
        return csrf == null ? Map.of() : Map.of("X-XSRF-TOKEN", csrf);
    }

    private String pageToken(String path) throws IOException {
        Answer page = send("GET", path, null, null, Map.of("Accept", "text/html"));
        java.util.regex.Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + path + " (HTTP " + page.status() + ")");
        }
        return token.group(1);
    }

    private Answer send(String method, String path, String body, String contentType, Map<String, String> headers)
            throws IOException {
        var connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(600_000);
        connection.setRequestMethod(method);
        connection.setRequestProperty("Accept", headers.getOrDefault("Accept", "application/json"));
        connection.setRequestProperty("Accept-Language", "en");
        if (!cookieHeader.isEmpty()) {
            connection.setRequestProperty("Cookie", cookieHeader);
        }
        headers.forEach(connection::setRequestProperty);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", contentType);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        } else if ("POST".equals(method)) {
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(0);
        }
        int status = connection.getResponseCode();
        List<String> setCookies = connection.getHeaderFields().get("Set-Cookie");
        if (setCookies != null) {
            synchronized (cookies) {
                for (String setCookie : setCookies) {
                    String pair = setCookie.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        cookies.put(
                                pair.substring(0, equals).trim(),
                                pair.substring(equals + 1).trim());
                    }
                }
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> {
                    if (!value.isEmpty()) {
                        header.append(header.isEmpty() ? "" : "; ")
                                .append(name)
                                .append('=')
                                .append(value);
                    }
                });
                cookieHeader = header.toString();
            }
        }
        // Reading the body to its end and closing the stream hands the connection back for the next request.
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(status, text, connection.getHeaderField("ETag"));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
