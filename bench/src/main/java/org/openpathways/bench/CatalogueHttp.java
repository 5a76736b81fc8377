package org.openpathways.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's public catalogue API, over HTTP/1.1 with persistent connections, through the JDK's
 * {@link HttpURLConnection} (blocking, on the worker's thread: the least CPU per request of the JDK's clients, which
 * matters when the driver shares the machine with the application) or, with {@code --client=httpclient}, through
 * {@link HttpClient}.
 */
final class CatalogueHttp {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([a-z0-9-]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");

    private final HttpClient client;
    private final String baseUrl;
    private final boolean gzip;

    /** @param httpClient whether to use {@link HttpClient} rather than {@link HttpURLConnection} */
    CatalogueHttp(String baseUrl, boolean gzip, boolean httpClient) {
        this.client = httpClient
                ? HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build()
                : null;
        this.baseUrl = baseUrl;
        this.gzip = gzip;
    }

    /** Lets every worker keep its connection open (the JDK keeps 5 per server by default). */
    static void keepConnections(int connections) {
        System.setProperty("http.maxConnections", Integer.toString(Math.max(5, connections)));
    }

    static String pagePath(String language, int page, int size) {
        return "/api/v1/pathways?page=" + page + "&size=" + size + "&lang=" + language;
    }

    static String pathwayPath(String language, String code) {
        return "/api/v1/pathways/" + code + "?lang=" + language;
    }

    /** Sends one GET and reads the whole body; anything but 200 with a body is an error. */
    byte[] get(String path) throws IOException, InterruptedException {
        if (client == null) {
            return getWithUrlConnection(path);
        }
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.body().length == 0) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + path);
        }
        return response.body();
    }

    private byte[] getWithUrlConnection(String path) throws IOException {
        var connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        if (gzip) {
            connection.setRequestProperty("Accept-Encoding", "gzip");
        }
        int status = connection.getResponseCode();
        // Reading the body to its end and closing the stream hands the connection back for the next request.
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
            if (status != 200 || bytes.length == 0) {
                throw new IllegalStateException("HTTP " + status + " for " + path);
            }
            return bytes;
        }
    }

    /** The codes of every published pathway, in catalogue order, read through the API without compression. */
    List<String> publishedCodes() throws IOException, InterruptedException {
        CatalogueHttp plain = gzip ? new CatalogueHttp(baseUrl, false, client != null) : this;
        List<String> codes = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int page = 1; codes.size() < total; page++) {
            String json = new String(plain.get(pagePath("en", page, 100)), java.nio.charset.StandardCharsets.UTF_8);
            Matcher matcher = TOTAL.matcher(json);
            total = matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
            int before = codes.size();
            // Items carry fee codes too; pathway codes are the ones directly followed by their version.
            Matcher item = Pattern.compile("\"code\"\\s*:\\s*\"([a-z0-9-]+)\"\\s*,\\s*\"version\"")
                    .matcher(json);
            while (item.find()) {
                codes.add(item.group(1));
            }
            if (codes.size() == before) {
                break;
            }
        }
        return codes;
    }

    /** How many items a page of the API holds, to check that the app and the baseline read the same rows. */
    int itemsOn(String path) throws IOException, InterruptedException {
        CatalogueHttp plain = gzip ? new CatalogueHttp(baseUrl, false, client != null) : this;
        String json = new String(plain.get(path), java.nio.charset.StandardCharsets.UTF_8);
        int items = 0;
        Matcher item = Pattern.compile("\"code\"\\s*:\\s*\"[a-z0-9-]+\"\\s*,\\s*\"version\"")
                .matcher(json);
        while (item.find()) {
            items++;
        }
        return items;
    }
}
