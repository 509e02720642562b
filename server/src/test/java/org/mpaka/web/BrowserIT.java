package org.mpaka.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

/** A person signs in with a real browser, sees the home page, and switches to French. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signsInAndSwitchesLanguage() {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        browser = Browser.start();
        browser.get("http://localhost:" + port + "/admin/users");
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");

        browser.findElement(By.id("username")).sendKeys(admin.username());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("signin")).click();

        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/admin/users"));
        assertThat(browser.getCurrentUrl()).contains("/admin/users");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(admin.username());

        browser.findElement(By.cssSelector("#languages a[data-lang='fr']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Utilisateurs");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

        browser.findElement(By.linkText("Accueil")).click();
        assertThat(browser.findElement(By.id("welcome")).getText()).isEqualTo("Bienvenue, " + admin.username());
    }
}
