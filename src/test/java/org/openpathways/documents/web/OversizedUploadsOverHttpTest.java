package org.openpathways.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpathways.documents.SampleFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.context.ActiveProfiles;

/**
 * Uploads over the servlet container's multipart limits, sent over real HTTP: the container refuses them while
 * parsing, before any controller runs (MockMvc cannot show this). They must end as 413 problem details or as the page's
 * translated error, never as a server error or a CSRF refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("integration")
@Import(OversizedUploadsOverHttpTest.SignInByHeader.class)
class OversizedUploadsOverHttpTest {

    private static final String ACCOUNT = "X-Test-Account";
    private static final String SKIP_CSRF = "X-Test-Skip-Csrf";
    private static final String BOUNDARY = "----openpathways-test-boundary";
    private static final int OVER_FILE_LIMIT = 10 * 1024 * 1024 + 64 * 1024;

    @LocalServerPort
    int port;

    private final String account = UUID.randomUUID().toString();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void theApiAnswers413ProblemDetails() throws Exception {
        HttpResponse<String> response = http.send(
                upload("/api/v1/documents", OVER_FILE_LIMIT)
                        .header(SKIP_CSRF, "true")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("https://openpathways.org/problems/documents.too-large")
                .contains("10 MB");
    }

    @Test
    void theApiAnswers413EvenWhenTheWholeRequestIsOverTheLimit() throws Exception {
        HttpResponse<String> response = http.send(
                upload("/api/v1/documents", 12 * 1024 * 1024)
                        .header(SKIP_CSRF, "true")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("documents.too-large");
    }

    @Test
    void aMalformedUploadIsABadRequest() throws Exception {
        byte[] truncated = ("--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 and then nothing")
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> response = http.send(
                request("/api/v1/documents")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .header(SKIP_CSRF, "true")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(truncated))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).contains("problems/documents.");
    }

    @Test
    void thePageShowsItsFormAgainWithTheTranslatedError() throws Exception {
        HttpResponse<String> form =
                http.send(request("/documents").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        String action = Jsoup.parse(form.body())
                .selectFirst("form[enctype=multipart/form-data]")
                .attr("action");

        HttpResponse<String> refused =
                http.send(upload(action, OVER_FILE_LIMIT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/documents"));

        Document page = Jsoup.parse(http.send(request("/documents").GET().build(), HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(page.select(".govuk-error-summary a[href=#file]").text())
                .startsWith("The file must be 10 MB or smaller.");
    }

    @Test
    void theSecurityChecksStillComeFirst() throws Exception {
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents"))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .header(SKIP_CSRF, "true")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[OVER_FILE_LIMIT]))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> withoutToken =
                http.send(upload("/documents", OVER_FILE_LIMIT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
    }

    private HttpRequest.Builder upload(String path, int fileSize) throws IOException {
        var body = new ByteArrayOutputStream(fileSize + 1024);
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nidentity\r\n"
                        + "--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(SampleFiles.aPdfOfLength(fileSize));
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(ACCOUNT, account);
    }

    /**
     * Signs requests in as the account named in a header, the way a session would after sign-in, so that this test
     * does not depend on how accounts sign in.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class SignInByHeader {

        @Bean
        FilterRegistrationBean<Filter> signInByHeader() {
            Filter filter = (request, response, chain) -> {
                String account = ((HttpServletRequest) request).getHeader(ACCOUNT);
                if (account != null) {
                    var authentication = UsernamePasswordAuthenticationToken.authenticated(
                            account, null, List.of(new SimpleGrantedAuthority("ROLE_APPLICANT")));
                    request.setAttribute(
                            RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME,
                            new SecurityContextImpl(authentication));
                }
                if (((HttpServletRequest) request).getHeader(SKIP_CSRF) != null) {
                    CsrfFilter.skipRequest((HttpServletRequest) request);
                }
                chain.doFilter(request, response);
            };
            var registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Integer.MIN_VALUE);
            return registration;
        }
    }
}
