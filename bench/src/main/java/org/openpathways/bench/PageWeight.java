package org.openpathways.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * What a browser transfers for a public page: the HTML and every subresource it references (stylesheets, scripts,
 * icons and images, what stylesheets reference with {@code url()} or {@code @import}, modules scripts import), fetched
 * as a browser would, with {@code Accept-Encoding: gzip}. Bytes are counted as transferred: the body as sent (compressed
 * when the server compressed it) plus the status line and headers.
 *
 * <p>A later load is what a browser with a warm cache transfers: the HTML again, and every subresource that it may not
 * reuse without asking (no {@code max-age} above zero and not {@code immutable}, or {@code no-cache}/{@code no-store}),
 * counted in full even though a revalidation might come back 304.
 */
final class PageWeight {

    /** A subresource or page as fetched. */
    record Fetched(String path, int status, long bytes, String encoding, String cacheControl, String type) {

        boolean cacheable() {
            String value = cacheControl.toLowerCase(Locale.ROOT);
            if (value.contains("no-store") || value.contains("no-cache")) {
                return false;
            }
            if (value.contains("immutable")) {
                return true;
            }
            Matcher maxAge = Pattern.compile("max-age=(\\d+)").matcher(value);
            return maxAge.find() && Long.parseLong(maxAge.group(1)) > 0;
        }

        /** Text worth compressing that came uncompressed (small bodies are left alone, as the server is told to). */
        boolean uncompressedText() {
            boolean text = type.startsWith("text/")
                    || type.contains("javascript")
                    || type.contains("json")
                    || type.contains("svg");
            return text && encoding.isEmpty() && bytes > 2048;
        }
    }

    /** One page's first and later load. */
    record Page(String path, Fetched html, List<Fetched> subresources) {

        long firstLoad() {
            return html.bytes()
                    + subresources.stream().mapToLong(Fetched::bytes).sum();
        }

        long laterLoad() {
            return html.bytes()
                    + subresources.stream()
                            .filter(resource -> !resource.cacheable())
                            .mapToLong(Fetched::bytes)
                            .sum();
        }

        boolean allOk() {
            return html.status() == 200 && subresources.stream().allMatch(resource -> resource.status() == 200);
        }

        List<Fetched> uncompressed() {
            List<Fetched> all = new ArrayList<>();
            all.add(html);
            all.addAll(subresources);
            return all.stream().filter(Fetched::uncompressedText).toList();
        }
    }

    private static final Pattern TAG = Pattern.compile("<(link|script|img|source)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("\\s([a-z-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Pattern CSS_CLASS = Pattern.compile("\\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)");
    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("\\sclass\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+['\"]([^'\"]+)['\"]");
    /** Static and dynamic imports of a module by a relative or absolute path (bare specifiers need an import map). */
    private static final Pattern JS_IMPORT = Pattern.compile(
            "(?:\\bimport\\s*\\(\\s*|\\bfrom\\s*|\\bimport\\s+)['\"]((?:\\.{1,2})?/[\\w./-]+\\.m?js)['\"]");

    private static final Pattern RESOURCE_URL =
            Pattern.compile("^/[^\\s]*\\.(js|mjs|css|svg|png|jpe?g|gif|webp|ico|woff2?|ttf)(\\?.*)?$");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String baseUrl;

    PageWeight(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Page measure(String path) throws IOException, InterruptedException {
        Response html = fetch(path, "text/html");
        Set<String> classes = classesIn(html.text());
        Set<String> pending = new LinkedHashSet<>(referencesInHtml(html.text()));
        Set<String> done = new LinkedHashSet<>();
        List<Fetched> subresources = new ArrayList<>();
        while (!pending.isEmpty()) {
            String next = pending.iterator().next();
            pending.remove(next);
            if (!done.add(next)) {
                continue;
            }
            Response resource = fetch(next, "*/*");
            subresources.add(resource.fetched());
            String type = resource.fetched().type();
            if (type.contains("css")) {
                pending.addAll(usedCssReferences(resource.text(), next, classes));
                pending.addAll(references(CSS_IMPORT, resource.text(), next));
            } else if (type.contains("javascript")) {
                pending.addAll(references(JS_IMPORT, resource.text(), next));
            }
            pending.removeAll(done);
        }
        return new Page(path, html.fetched(), subresources);
    }

    private record Response(Fetched fetched, String text) {}

    private Response fetch(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept-Encoding", "gzip")
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpHeaders headers = response.headers();
        String encoding = headers.firstValue("Content-Encoding").orElse("");
        byte[] body = response.body();
        byte[] plain = encoding.equalsIgnoreCase("gzip")
                ? new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes()
                : body;
        long headerBytes = "HTTP/1.1 200 OK\r\n".length() + 2;
        for (var header : headers.map().entrySet()) {
            for (String value : header.getValue()) {
                headerBytes += header.getKey().length() + 2 + value.length() + 2;
            }
        }
        var fetched = new Fetched(
                path,
                response.statusCode(),
                body.length + headerBytes,
                encoding,
                String.join(", ", headers.allValues("Cache-Control")),
                headers.firstValue("Content-Type").orElse(""));
        return new Response(fetched, new String(plain, StandardCharsets.UTF_8));
    }

    /** Same-origin subresources of the HTML: link, script, img and source elements, and data attributes naming one. */
    static List<String> referencesInHtml(String html) {
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String element = tag.group(1).toLowerCase(Locale.ROOT);
            Matcher attribute = ATTRIBUTE.matcher(tag.group());
            String rel = "";
            List<String> candidates = new ArrayList<>();
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = unescape(attribute.group(3) != null ? attribute.group(3) : attribute.group(4));
                if (name.equals("rel")) {
                    rel = value.toLowerCase(Locale.ROOT);
                } else if (name.equals("src") || name.equals("href")) {
                    candidates.add(value);
                } else if (name.startsWith("data-")
                        && RESOURCE_URL.matcher(value).matches()) {
                    candidates.add(value);
                }
            }
            boolean linkNeeded = !element.equals("link")
                    || rel.contains("stylesheet")
                    || rel.contains("icon")
                    || rel.contains("modulepreload")
                    || rel.contains("preload");
            if (linkNeeded) {
                candidates.stream().filter(PageWeight::sameOrigin).forEach(found::add);
            }
        }
        return found;
    }

    /**
     * What a stylesheet makes the browser fetch for this page: every {@code url()} in an {@code @font-face} rule or in a
     * rule whose selector names no class or a class some element of the page has. A browser fetches a background image
     * only for an element it applies to; telling that exactly would take a CSS engine, so this errs towards counting.
     */
    static List<String> usedCssReferences(String css, String from, Set<String> classesOnPage) {
        List<String> found = new ArrayList<>();
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            int open = css.lastIndexOf('{', url.start());
            int previous = Math.max(css.lastIndexOf('}', open), css.lastIndexOf(';', open));
            String selector = open < 0 ? "" : css.substring(previous + 1, open);
            Matcher className = CSS_CLASS.matcher(selector);
            boolean anyClass = false;
            boolean used = selector.contains("@font-face");
            while (!used && className.find()) {
                anyClass = true;
                used = classesOnPage.contains(className.group(1));
            }
            if (used || !anyClass) {
                found.addAll(references(CSS_URL, url.group(), from));
            }
        }
        return found;
    }

    static Set<String> classesIn(String html) {
        Set<String> classes = new java.util.HashSet<>();
        Matcher attribute = CLASS_ATTRIBUTE.matcher(html);
        while (attribute.find()) {
            classes.addAll(List.of(attribute.group(1).trim().split("\\s+")));
        }
        return classes;
    }

    private static List<String> references(Pattern pattern, String text, String from) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String reference = matcher.group(1).strip();
            if (reference.startsWith("data:") || reference.startsWith("#")) {
                continue;
            }
            String resolved;
            try {
                resolved = URI.create("http://host" + from).resolve(reference).getRawPath();
            } catch (IllegalArgumentException notAUrl) {
                continue;
            }
            if (sameOrigin(resolved)) {
                found.add(resolved);
            }
        }
        return found;
    }

    private static boolean sameOrigin(String url) {
        return url.startsWith("/") && !url.startsWith("//");
    }

    private static String unescape(String value) {
        return value.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
