package org.buyonce.clients;

import org.buyonce.infra.Scratch;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs), driven by Selenium. Where
 * they are missing the browser tests are skipped with a message, unless BUYONCE_REQUIRE_BROWSER says they must run.
 */
final class Browser {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static WebDriver open() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && Boolean.parseBoolean(System.getenv("BUYONCE_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("no Chromium at " + CHROMIUM + " or no ChromeDriver at " + DRIVER
                    + "; install Debian's chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(present, "browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // A closed network: no background connections, no updates, nothing but the page under test.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,2000", "--user-data-dir=" + Scratch.directory("buyonce-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Saves what the browser shows, as a build artefact under target/screenshots. */
    static Path screenshot(WebDriver browser, String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        return Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
