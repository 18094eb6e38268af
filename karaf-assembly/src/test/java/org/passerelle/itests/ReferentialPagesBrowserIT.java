package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The referential pages in a real browser (Debian's headless Chromium) against the running distribution. */
public class ReferentialPagesBrowserIT {

    /** The distribution as shipped (no sample data), started once for the class; the browser reset after each test. */
    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.ruleWithoutSampleData("browser-it", "18282");
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final DistributionProcess platform = session.platform;
    private final WebDriver browser = session.browser;

    /** Debian's Chromium, headless, with a fresh profile and no network but loopback (ARCHITECTURE.md's flags). */
    static WebDriver headlessChromium() throws java.io.IOException {
        Path chromium = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        assertTrue("Debian's chromium and chromium-driver are needed (.ci/run installs them)", Files.isExecutable(chromium) && Files.isExecutable(driver));
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
    }

    @Test
    public void theHomePageListsEveryReferentialWithItsStatusInFrench() {
        browser.get(platform.baseUrl() + "/");
        waitFor(By.cssSelector("[data-referential='MELEC']"));
        Set<String> codes = browser.findElements(By.cssSelector("[data-referential]")).stream()
                .map(e -> e.getAttribute("data-referential")).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(codes.toString(), codes.containsAll(Set.of("MSPC", "PLP", "PMIA", "MELEC", "CAP_ELEC")));
        WebElement melec = browser.findElement(By.cssSelector("[data-referential='MELEC']"));
        WebElement status = melec.findElement(By.cssSelector("[data-status]"));
        assertEquals("ACTIVE", status.getAttribute("data-status"));
        assertEquals("Disponible", status.getText().trim());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    public void aTaskShowsTheCompetenciesItMobilisesAndACompetencyItsCriteria() throws Exception {
        JsonNode melec = platform.api().json("/api/v1/referentials/MELEC", 200);
        Set<String> expectedCompetencies = new TreeSet<>();
        melec.get("taskCompetencies").forEach(link -> {
            if ("T1-1".equals(link.get("task").asText())) {
                expectedCompetencies.add(link.get("competency").asText());
            }
        });
        assertTrue("the data has links for T1-1", !expectedCompetencies.isEmpty());

        browser.get(platform.baseUrl() + "/");
        waitFor(By.cssSelector("[data-referential='MELEC'] a")).click();
        waitFor(By.cssSelector("[data-task='T1-1']")).click();
        WebElement panel = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            WebElement p = d.findElement(By.cssSelector("[data-panel='task-competencies']"));
            return p.findElements(By.cssSelector("[data-competency]")).isEmpty() ? null : p;
        });
        Set<String> shown = panel.findElements(By.cssSelector("[data-competency]")).stream()
                .map(e -> e.getAttribute("data-competency")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expectedCompetencies, shown);

        JsonNode c1 = null;
        for (JsonNode c : melec.get("competencies")) {
            if ("C1".equals(c.get("code").asText())) {
                c1 = c;
            }
        }
        List<WebElement> competencies = browser.findElements(By.cssSelector("[data-view='competencies'] [data-competency='C1']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", competencies.get(0));
        competencies.get(0).click();
        WebElement criteria = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            WebElement p = d.findElement(By.cssSelector("[data-panel='competency-criteria']"));
            return p.findElements(By.cssSelector("[data-criterion]")).isEmpty() ? null : p;
        });
        assertEquals(c1.get("criteria").size(), criteria.findElements(By.cssSelector("[data-criterion]")).size());
        assertTrue(criteria.getText().contains(c1.get("criteria").get(0).get("title").asText()));
    }

    @Test
    public void theReferentialPageFitsAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(platform.baseUrl() + "/#/referentiels/PMIA");
        waitFor(By.cssSelector("[data-referential-page]"));
        waitFor(By.cssSelector("[data-view]"));
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue("no sideways scrolling on a phone, overflow " + overflow + " px", overflow.intValue() <= 0);
    }

    @Test
    public void anUnknownAddressSaysSoInFrench() {
        browser.get(platform.baseUrl() + "/#/nulle-part");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "introuvable"));
        browser.get(platform.baseUrl() + "/#/referentiels/INCONNU");
        WebElement alert = waitFor(By.cssSelector("[role='alert']"));
        assertTrue(alert.getText(), alert.getText().contains("INCONNU"));
    }

    private WebElement waitFor(By selector) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(selector));
    }
}
