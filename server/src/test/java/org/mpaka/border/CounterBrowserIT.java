package org.mpaka.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.identity.UserAccount;
import org.mpaka.identity.UserAccounts;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.support.BorderFixtures;
import org.mpaka.support.Browser;
import org.mpaka.support.TestAccounts;
import org.mpaka.watchlist.Watchlists;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer signs in, scans an MRZ with the keyboard as a document reader does, sees a watchlist
 * hit with its explanation, judges it, admits the traveller with the keyboard, and finds the
 * crossing in the history; the supervisor's counts include it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CounterBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    Watchlists watchlists;

    @TempDir
    Path temp;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(UserAccount who) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(who.username());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("signin")).click();
    }

    @Test
    void scanHitDispositionAdmitHistoryAndCounts() throws Exception {
        BorderFixtures.openAllDay(referenceData);
        String family = "NDAYISABA" + (char) ('A' + (int) (Math.random() * 26)) + "Z";
        Path list = temp.resolve("alerts.csv");
        Files.writeString(
                list,
                "list,id,kind,category,name,aliases,weak_aliases,birth_dates,sex,nationalities,documents,valid_from,valid_to\n"
                        + "BROWSER-ALERT,B1,person,wanted for fraud,Emmanuel " + family + ",,,1981-07-14,M,BDI,,,\n");
        MpakaPrincipal admin =
                new MpakaPrincipal(UUID.randomUUID(), "test-admin", "DGIE", EnumSet.of(Role.ADMIN), Set.of(), false);
        watchlists.importFile(admin, list, "alerts.csv");

        UserAccount officer = TestAccounts.create(accounts, "DGIE", Role.OFFICER);
        UserAccount supervisor = TestAccounts.create(accounts, "DGIE", Role.SUPERVISOR);
        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        signIn(officer);
        browser.findElement(By.id("nav-counter")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("counter-RUSIZI2"))).selectByValue("C02");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("direction-RUSIZI2")))
                .selectByValue("RWA-COD");
        browser.findElement(By.id("start")).click();
        assertThat(browser.findElement(By.id("direction")).getText()).isEqualTo("RWA → COD");

        // a zone with a wrong check digit: the fault is named and shown on the MRZ field
        String broken = BorderFixtures.passport(
                "BDI",
                "KWIZERA",
                "ALINE",
                "OB7000001",
                LocalDate.of(1990, 1, 1),
                'F',
                LocalDate.now().plusYears(4));
        broken = broken.substring(0, broken.length() - 1) + (broken.endsWith("0") ? "1" : "0");
        WebElement scan = browser.findElement(By.id("mrz"));
        for (String line : broken.split("\n")) {
            scan.sendKeys(line);
            scan.sendKeys(Keys.ENTER);
        }
        WebElement documentCheck = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#checks li[data-kind='DOCUMENT']")));
        assertThat(documentCheck.getText()).contains("composite");
        assertThat(scan.getAttribute("aria-invalid")).isEqualTo("true");
        scan.clear();

        String number = "OB" + (1000000 + (int) (Math.random() * 8999999));
        String mrz = BorderFixtures.passport(
                "BDI",
                family,
                "EMMANUEL",
                number,
                LocalDate.of(1981, 7, 14),
                'M',
                LocalDate.now().plusYears(4));
        WebElement field = browser.findElement(By.id("mrz"));
        for (String line : mrz.split("\n")) {
            field.sendKeys(line);
            field.sendKeys(Keys.ENTER); // what a keyboard-wedge reader types
        }

        WebElement hits;
        try {
            hits = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hits")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no hits;"
                            + " the field holds [" + field.getAttribute("value") + "] and the result shows: "
                            + browser.findElement(By.id("result")).getText(),
                    e);
        }
        assertThat(hits.getText()).contains("BROWSER-ALERT B1").contains("wanted for fraud");
        assertThat(hits.findElement(By.cssSelector(".explanation")).getText())
                .contains("name matched listed primary name");
        assertThat(browser.switchTo().activeElement().getAttribute("name"))
                .as("the first hit takes the focus")
                .isEqualTo("hit.0.disposition");
        assertThat(browser.findElement(By.cssSelector("#checks li[data-kind='WATCHLIST']"))
                        .getText())
                .contains("1 watchlist hit");

        browser.findElement(By.cssSelector("input[name='hit.0.disposition'][value='FALSE_MATCH']"))
                .click();
        browser.findElement(By.name("hit.0.reason")).sendKeys("Different father's name on the listing");
        browser.findElement(By.id("admit")).sendKeys(Keys.ENTER);

        WebElement done;
        try {
            done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no confirmation; the page shows: "
                            + browser.findElement(By.id("result")).getText(),
                    e);
        }
        assertThat(done.getText()).contains("Admitted").contains(family);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("mrz");

        browser.findElement(By.id("nav-crossings")).click();
        browser.findElement(By.id("q")).sendKeys(number + Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q=" + number));
        WebElement row = browser.findElement(By.cssSelector("#crossings tbody tr"));
        assertThat(row.getText()).contains(family).contains("Admitted");
        row.findElement(By.tagName("a")).click();
        assertThat(browser.findElement(By.id("hits")).getText())
                .contains("False match")
                .contains("Different father's name on the listing");

        browser.findElement(By.cssSelector(".signout button")).click();
        signIn(supervisor);
        browser.findElement(By.id("nav-supervisor")).click();
        WebElement total = browser.findElement(By.cssSelector("#counts tr.total th[data-direction='RWA-COD']"));
        assertThat(Integer.parseInt(total.getText())).isGreaterThanOrEqualTo(1);
        assertThat(browser.findElement(By.id("on-duty")).getText()).contains(officer.username());
    }
}
