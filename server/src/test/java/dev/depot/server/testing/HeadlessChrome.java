package dev.depot.server.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for a test class (Debian's {@code chromium} and {@code chromium-driver}),
 * started once and shared by the class's tests, each of which starts without cookies. Register with
 * {@code @RegisterExtension static HeadlessChrome chrome = new HeadlessChrome();}.
 *
 * <p>The browser and driver are given explicitly and the profile is a fresh temporary directory, so
 * Selenium Manager never tries to download anything. Without Chromium the tests fail, saying what to install.
 */
public final class HeadlessChrome implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private Path profile;
    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(program)) {
                throw new IllegalStateException(program + " is missing: the web admin's browser tests need Chromium. "
                        + "Install it with: apt-get update && apt-get install -y chromium chromium-driver");
            }
        }
        profile = Files.createTempDirectory("depot-chrome-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (profile != null) {
                deleteRecursively(profile);
            }
        }
    }

    /** Each test starts signed out: cookies are per site, so they are cleared on the site the last test left open. */
    @Override
    public void beforeEach(ExtensionContext context) {
        String url = driver.getCurrentUrl();
        if (url != null && url.startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits for page changes (htmx swaps, navigation) up to ten seconds, polling; never a fixed sleep. */
    public WebDriverWait await() {
        return new WebDriverWait(driver, PATIENCE);
    }

    /**
     * Does something that loads a new page (a link, a form without htmx, a redirect) and waits until the new
     * page has loaded: the old page is marked first, so its elements are never mistaken for the new one's.
     */
    public void awaitNewPageAfter(Runnable action) {
        driver.executeScript("window.depotPreviousPage = true");
        action.run();
        await().ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.depotPreviousPage === undefined && document.readyState === 'complete'")));
    }

    /**
     * Saves the whole page (the window grows to its height for the shot) as {@code target/screenshots/<name>.png},
     * to look at and to publish in the docs.
     */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        Object height = driver.executeScript("return document.documentElement.scrollHeight");
        int frame = window.getHeight() - viewportHeight();
        int pageHeight = Math.min(2400, Math.max(window.getHeight(), ((Number) height).intValue() + frame));
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.manage().window().setSize(new Dimension(window.getWidth(), pageHeight));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    private int viewportHeight() {
        return ((Number) driver.executeScript("return window.innerHeight")).intValue();
    }

    /** Best effort: Chromium may still be closing files in its profile for a moment after it quits. */
    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("could not delete the browser profile " + directory + ": " + e);
        }
    }
}
