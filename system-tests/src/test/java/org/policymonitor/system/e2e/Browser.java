package org.policymonitor.system.e2e;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.policymonitor.testing.Deadlines;

/**
 * Headless Debian Chromium driven by the system's chromedriver (never a downloaded one), signed in as one user of the
 * console: the first page is opened with the credentials in the URL, which the browser then keeps for the realm,
 * like after answering its Basic prompt.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("policy.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("policy.chromedriver", "/usr/bin/chromedriver"));

    final String name;
    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    private Browser(String name, WebDriver driver, Path profile) {
        this.name = name;
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Deadlines.ARRIVES);
    }

    /** Opens {@code baseUrl + path} as this user. */
    static Browser signIn(String name, String user, String password, String baseUrl, String path) throws IOException {
        return signIn(name, user, password, baseUrl, path, Map.of(), Map.of());
    }

    /**
     * Opens {@code baseUrl + path} as this user in a browser with these Chromium preferences (written to the fresh
     * profile: {@code profile.default_content_setting_values.cookies=2} blocks cookies as the user's setting does) and
     * this environment ({@code TZ}: the browser's time zone).
     */
    static Browser signIn(String name, String user, String password, String baseUrl, String path,
                          Map<String, Object> prefs, Map<String, String> environment) throws IOException {
        for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the console's browser tests need Debian's chromium and "
                        + "chromium-driver (./test.sh installs them: apt-get install chromium chromium-driver)");
            }
        }
        Path profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath());
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        // the page's own errors (an uncaught exception of console.js) are readable through the browser log
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().withEnvironment(environment).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Deadlines.ARRIVES);
        Browser browser = new Browser(name, driver, profile);
        if (prefs.isEmpty()) {
            driver.get(baseUrl.replace("://", "://" + user + ":" + password + "@") + path);
        } else {
            // seen with cookies blocked (Chromium 156): the credentials of the URL were not answered to the console's
            // challenge, and the sign-in page came instead; the browser sends them with every request here instead
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                    Map.of("headers", Map.of("Authorization", "Basic " + basic)));
            driver.get(baseUrl + path);
        }
        return browser;
    }

    /** What the pages wrote to the browser's console at level SEVERE (uncaught errors among them) since the last call. */
    List<String> severeLogEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    void open(String baseUrl, String path) {
        driver.get(baseUrl + path);
    }

    /** A PNG of what the browser shows now, and the page's HTML next to it. */
    Path screenshot(Path dir, String fileName) {
        try {
            Files.createDirectories(dir);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(fileName + ".png");
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(fileName + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            return target;
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save a screenshot of " + name + "'s browser: " + e);
            return null;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }
}
