package org.openpathways.browser;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser, used the way they would use it: links and buttons by their text, fields by their labels.
 * Every page it arrives at is checked with axe-core before the journey goes on.
 */
final class Browser {

    private final Chromium chromium;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final boolean javascript;
    private String origin = "";

    private Browser(Chromium chromium, boolean javascript) {
        this.chromium = chromium;
        this.javascript = javascript;
        this.driver = chromium.driver();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static Browser withJavaScript() {
        return new Browser(Chromium.start(true), true);
    }

    static Browser withoutJavaScript() {
        return new Browser(Chromium.start(false), false);
    }

    /** The application's address, e.g. {@code http://localhost:41234}. */
    void at(String origin) {
        this.origin = origin;
    }

    boolean javascript() {
        return javascript;
    }

    String origin() {
        return origin;
    }

    /** A new visitor: no session, no language chosen. */
    void forgetEverything() {
        driver.manage().deleteAllCookies();
    }

    void quit() {
        chromium.quit();
    }

    /** Opens a page by its address on the application, as if typed into the address bar. */
    void visit(String pathAndQuery) {
        navigate(() -> driver.get(origin + pathAndQuery));
    }

    void clickLink(String text) {
        navigate(() -> clickOnceSettled(() -> link(text)));
    }

    void clickButton(String text) {
        navigate(() -> clickOnceSettled(() -> button(text)));
    }

    /**
     * Whether an element's document has been replaced. Chromium says so either as a stale element or, while the new
     * document is being attached, as "Node with given id does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException failed) {
            if (replacedDocument(failed)) {
                return true;
            }
            throw failed;
        }
    }

    private static boolean replacedDocument(WebDriverException failed) {
        return String.valueOf(failed.getMessage()).contains("does not belong to the document");
    }

    /**
     * Clicks an element, finding it again if the document it was found in was replaced before the click landed
     * (Chromium then answers "Node with given id does not belong to the document", or the element is stale).
     */
    private void clickOnceSettled(Supplier<WebElement> element) {
        wait.until(page -> {
            try {
                element.get().click();
                return true;
            } catch (StaleElementReferenceException replaced) {
                return false;
            } catch (WebDriverException failed) {
                if (replacedDocument(failed)) {
                    return false;
                }
                throw failed;
            }
        });
    }

    /**
     * Does something that loads a new page, waits for that page and checks it. Without JavaScript, axe cannot run
     * (it needs the page's promises and timers, which Chromium suspends with scripts), so journeys without scripts
     * repeat their steps in a browser with scripts to have each page checked.
     */
    void navigate(Runnable action) {
        List<WebElement> before = driver.findElements(By.tagName("html"));
        action.run();
        if (!before.isEmpty()) {
            WebElement previous = before.get(0);
            wait.until(page -> isGone(previous));
        }
        wait.until(page -> "complete".equals(script("return document.readyState")));
        if (javascript) {
            checkAccessibility();
        }
    }

    /** Checks the page as it is now, for changes made in place (no new page loaded). */
    void checkAccessibility() {
        Accessibility.check((JavascriptExecutor) driver, driver.getCurrentUrl());
    }

    void fillIn(String label, String value) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(value);
    }

    /**
     * Fills in a date field. Typing into Chromium's date input depends on the order of day, month and year of the
     * browser's locale, so the date is set the way the date picker sets it, with the events it sends.
     */
    void fillInDate(String label, LocalDate date) {
        script(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field(label),
                date.toString());
    }

    /** Chooses an option of a list by the text it shows. */
    void select(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
    }

    /** Chooses a file to upload, as the file picker does. */
    void attach(String label, Path file) {
        field(label).sendKeys(file.toAbsolutePath().toString());
    }

    /** Ticks a checkbox by clicking its label, as the design system's enlarged checkboxes are meant to be used. */
    void check(String label) {
        WebElement box = field(label);
        if (!box.isSelected()) {
            label(label).click();
            wait.until(ExpectedConditions.elementToBeSelected(box));
        }
    }

    /** The form field a label names (its {@code for} attribute). */
    WebElement field(String label) {
        return wait.until(
                ExpectedConditions.presenceOfElementLocated(By.id(label(label).getDomAttribute("for"))));
    }

    private WebElement label(String text) {
        return find(By.xpath("//label[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    WebElement link(String text) {
        return find(By.xpath("//a[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    WebElement button(String text) {
        return find(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    String heading() {
        return find(By.tagName("h1")).getText();
    }

    /** The path of the current page, without query. */
    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebDriverWait waiting() {
        return wait;
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    WebDriver driver() {
        return driver;
    }

    /** A string as an XPath literal, quotes and all. */
    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
