package org.mpaka.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpaka.identity.Role;
import org.mpaka.identity.UserAccount;
import org.mpaka.identity.UserAccounts;
import org.mpaka.support.Browser;
import org.mpaka.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** An administrator uploads a list file with the htmx form and reads the report, then a refused file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WatchlistBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @TempDir
    Path dir;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorUploadsAListAndSeesTheReport() {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        String list = WatchlistFiles.uniqueList("WEB");
        Path good = WatchlistFiles.write(
                dir,
                "good.csv",
                WatchlistFiles.csv(
                        list + ",1,person,wanted,Evariste NZABONIMPA,,,1961,M,RWA,,,",
                        list + ",2,lost_document,lost,,,,,,,passport:PC4455667:RWA,,"));
        Path bad = WatchlistFiles.write(dir, "bad.csv", WatchlistFiles.csv(list + ",3,alien,,X,,,,,,,,"));

        browser = Browser.start();
        browser.get("http://localhost:" + port + "/watchlists");
        browser.findElement(By.id("username")).sendKeys(admin.username());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("signin")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/watchlists"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Watchlists");

        browser.findElement(By.id("wl-file")).sendKeys(good.toString());
        browser.findElement(By.id("wl-version")).sendKeys("browser-1");
        browser.findElement(By.id("wl-import")).click();
        String report = browser.findElement(By.id("import-report")).getText();
        assertThat(report).contains("browser-1").contains("2 entries").contains("2 added");
        assertThat(browser.findElement(By.id("active-lists")).getText()).contains(list);

        browser.findElement(By.id("wl-file")).sendKeys(bad.toString());
        browser.findElement(By.id("wl-import")).click();
        String error = browser.findElement(By.id("import-error")).getText();
        assertThat(error).contains("bad.csv:2");
        assertThat(browser.findElement(By.id("active-lists")).getText()).contains("browser-1");
    }
}
