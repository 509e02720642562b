package org.mpaka.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Selenium through Debian's chromedriver. Browser tests are
 * skipped with a visible message when either is missing, except under {@code CI=true}.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MPAKA_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER =
            Path.of(System.getenv().getOrDefault("MPAKA_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browser() {}

    public static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String why = "Chromium or chromedriver missing (" + CHROMIUM + ", " + DRIVER
                    + "): apt-get install chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            System.err.println("SKIPPED browser test: " + why);
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
