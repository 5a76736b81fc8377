package org.openpathways.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, found at fixed paths (or where the system properties
 * {@code openpathways.browser.chromium} and {@code openpathways.browser.chromedriver}, or the environment variables
 * {@code CHROME_BINARY} and {@code CHROMEDRIVER}, say). Selenium Manager is never asked to find or download anything:
 * both paths are given explicitly. Each browser gets a fresh profile, deleted when it closes.
 */
final class Chromium {

    private static final String INSTALL_HINT = "Install them with `sudo apt-get install -y chromium chromium-driver"
            + " fonts-noto-core` (scripts/test.sh does this), or point the system properties"
            + " openpathways.browser.chromium / openpathways.browser.chromedriver (environment variables CHROME_BINARY"
            + " / CHROMEDRIVER) at another installation.";

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a headless Chromium, with page scripts on or off, that prefers English like a default install. */
    static Chromium start(boolean javascript) {
        Path chromium = executable("openpathways.browser.chromium", "CHROME_BINARY", "/usr/bin/chromium");
        Path chromedriver = executable("openpathways.browser.chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("openpathways-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--no-first-run",
                        "--window-size=1280,900",
                        "--lang=en-GB",
                        "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        "en-GB,en",
                        // 1 allows page scripts, 2 blocks them, as a person who turned JavaScript off would have it.
                        "profile.managed_default_content_settings.javascript",
                        javascript ? 1 : 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    void quit() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static Path executable(String property, String variable, String fallback) {
        String configured = System.getProperty(property);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(variable);
        }
        Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(
                    "The browser tests need Chromium and ChromeDriver, but " + path + " is missing. " + INSTALL_HINT);
        }
        return path;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A profile left in the temporary folder harms nothing.
        }
    }
}
