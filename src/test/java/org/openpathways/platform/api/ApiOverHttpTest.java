package org.openpathways.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openpathways.testing.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The conventions over real HTTP, where the servlet container takes part: rate limits keyed by the forwarded client
 * address, the multipart size limit, and errors raised in front of the controllers (the firewall) forwarded to
 * {@code /error}, and the documentation page in a real browser. Small limits, in a context of their own.
 */
@IntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "openpathways.rate-limit.api.capacity=3",
            "openpathways.rate-limit.api.period=1h",
            "openpathways.rate-limit.sign-in.capacity=2",
            "openpathways.rate-limit.sign-in.period=1h",
            "spring.servlet.multipart.max-file-size=4KB",
            "spring.servlet.multipart.max-request-size=5KB"
        })
class ApiOverHttpTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void apiChangesOverTheLimitAreRefusedPerClientWithRetryAfter() throws Exception {
        String client = "198.51.100.1";
        for (int i = 0; i < 3; i++) {
            assertThat(postJson("/api/v1/anything", client).statusCode()).isNotEqualTo(429);
        }
        HttpResponse<String> limited = send(HttpRequest.newBuilder(uri("/api/v1/anything"))
                .header("X-Forwarded-For", client)
                .header("Accept-Language", "fr")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
        assertThat(limited.headers().firstValueAsLong("Retry-After").orElse(0)).isBetween(1L, 3600L);
        assertThat((String) JsonPath.read(limited.body(), "$.type")).endsWith("/too-many-requests");
        assertThat((String) JsonPath.read(limited.body(), "$.title")).isEqualTo("Trop de demandes");
        assertThat(postJson("/api/v1/anything", "198.51.100.2").statusCode())
                .as("another client behind the same proxy")
                .isNotEqualTo(429);
        assertThat(send(HttpRequest.newBuilder(uri("/api/openapi.json")).header("X-Forwarded-For", client))
                        .statusCode())
                .as("reading is not limited")
                .isEqualTo(200);
    }

    @Test
    void signInPostsOverTheLimitGetTheTranslatedErrorPage() throws Exception {
        String client = "198.51.100.3";
        for (int i = 0; i < 2; i++) {
            assertThat(postForm("/login", client).statusCode()).isNotEqualTo(429);
        }
        HttpResponse<String> limited = send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-For", client)
                .header("Accept", "text/html")
                .header("Accept-Language", "es")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=a&password=b")));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(limited.body()).contains("<html lang=\"es\"").doesNotContain("problems/");
    }

    @Test
    void uploadsOverTheMultipartLimitAreContentTooLarge() throws Exception {
        String client = "198.51.100.4";
        HttpResponse<String> csrf =
                send(HttpRequest.newBuilder(uri("/api/test/public/csrf")).header("X-Forwarded-For", client));
        assertThat(csrf.statusCode()).isEqualTo(200);
        String header = JsonPath.read(csrf.body(), "$.header");
        String token = JsonPath.read(csrf.body(), "$.token");

        HttpResponse<String> small = upload(client, header, token, 100);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("\"size\":100");

        HttpResponse<String> large = upload(client, header, token, 6 * 1024);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
        assertThat((String) JsonPath.read(large.body(), "$.type")).endsWith("/content-too-large");
    }

    @Test
    void requestsTheFirewallRejectsInFrontOfTheApiAreProblems() throws Exception {
        HttpResponse<String> rejected = send(HttpRequest.newBuilder(uri("/api/v1//things"))
                .header("X-Forwarded-For", "198.51.100.5")
                .header("Accept", "text/html"));

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
        assertThat((String) JsonPath.read(rejected.body(), "$.type")).endsWith("/bad-request");
        assertThat((String) JsonPath.read(rejected.body(), "$.instance")).isEqualTo("/api/v1//things");
        assertThat(rejected.body()).doesNotContain("Exception", "malicious");
    }

    @Test
    void theDocumentationPageRendersUnderTheContentSecurityPolicy() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROME_BINARY", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        Assumptions.assumeTrue(
                Files.isExecutable(chromium) && Files.isExecutable(chromedriver), "Chromium is not installed");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(uri("/api/docs").toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".info .title"), "OpenPathways API"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
            assertThat(browser.getCurrentUrl()).contains("/api/swagger-ui/index.html");
            List<String> messages = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .toList();
            assertThat(messages).noneMatch(message -> message.contains("Content Security Policy"));
            assertThat(messages).noneMatch(message -> message.contains("Refused"));
        } finally {
            browser.quit();
        }
    }

    private HttpResponse<String> upload(String client, String csrfHeader, String token, int size)
            throws IOException, InterruptedException {
        String boundary = "----probe" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'x');
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return send(HttpRequest.newBuilder(uri("/api/test/public/uploads"))
                .header("X-Forwarded-For", client)
                .header(csrfHeader, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> postJson(String path, String client) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("X-Forwarded-For", client)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    private HttpResponse<String> postForm(String path, String client) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("X-Forwarded-For", client)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=a&password=b")));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
