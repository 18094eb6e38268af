package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The professional attitudes review (bilan des attitudes professionnelles; guide 000) as its users meet it, in a real
 * browser against the distribution with its sample data: Léa PETIT's placement in « PFMP 1 — découverte », a
 * « Période 1 » whose only review this is. Her tutor, on a 390 px phone through the e-mailed link, fills two attitudes
 * on the company's line; her teacher opens it from the period's page, sees the tutor's levels read only and corrects one
 * on the school's line; both lines are shown after reloads, for both, and stored through the API; a colleague's level
 * saved meanwhile is told and the teacher puts hers; then Léa reads it from « Mes périodes » without a control.
 */
public class AttitudesReviewBrowserIT {

    private static final String PASSWORD = SampleDataBrowser.PASSWORD;
    private static final Duration WAIT = Duration.ofSeconds(15);
    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.rule("attitudes-review-browser-it", "18231");
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final WebDriver browser = session.browser;
    private final Api api = session.api();

    private static By side(String attitude, String side) {
        return By.cssSelector("[data-attitude='" + attitude + "'] [data-side='" + side + "']");
    }

    private static By level(String attitude, String side, String level) {
        return By.cssSelector("[data-attitude='" + attitude + "'] [data-side='" + side + "'] [data-level='" + level + "']");
    }

    private static By badge(String attitude, String side, String level) {
        return By.cssSelector("[data-attitude='" + attitude + "'] [data-side='" + side + "'] [data-level-badge='" + level + "']");
    }

    /** Waits until that level's button is pressed and the line is no longer saving (what a user sees: the check). */
    private static void awaitPressed(WebDriver driver, String attitude, String side, String level) {
        new WebDriverWait(driver, WAIT).until(d -> "true".equals(d.findElement(level(attitude, side, level)).getAttribute("aria-pressed"))
                && d.findElement(side(attitude, side)).findElements(By.cssSelector("[aria-busy='true']")).isEmpty());
    }

    private static void click(WebDriver driver, By selector) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(selector)).click();
    }

    private static WebElement waitFor(WebDriver driver, By selector) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(selector));
    }

    private static void waitForText(WebDriver driver, By selector, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(selector, text));
    }

    private static void assertNoSidewaysScrolling(WebDriver driver) {
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue("no sideways scrolling on a phone, overflow " + overflow + " px", overflow.intValue() <= 0);
    }

    private static void reload(WebDriver driver, String side) {
        driver.navigate().refresh();
        waitFor(driver, By.cssSelector("[data-page='attitudes-review'][data-side='" + side + "'] [data-attitude='AP8']"));
    }

    /** The level stored on that side (company or school), or null. */
    private String stored(String token, long placement, String attitude, String side) throws Exception {
        for (JsonNode a : api.expect("GET", "/api/v1/placements/" + placement + "/attitudes-review", token, null, 200).get("attitudes")) {
            if (a.get("code").asText().equals(attitude)) {
                JsonNode given = a.path(side).path("level");
                return given.isMissingNode() || given.isNull() ? null : given.asText();
            }
        }
        throw new AssertionError("no attitude " + attitude);
    }

    @Test
    public void theTutorThenTheTeacherFillLeasAttitudesAndLeaReadsThem() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        String admin = api.signIn("admin", PASSWORD);
        String e = "/api/v1/establishments/" + Api.parse(api.send("GET", "/api/v1/establishments", admin, null, null)).get(0).get("id").asLong();
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "PMIA");
        long period = Api.idWhere(api.expect("GET", e + "/periods?classLevelId=" + level, teacher, null, 200), "name", "PFMP 1 — découverte");
        long lea = Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", "lea.petit");
        long placement = Api.placementOf(api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200), lea);
        // Léa's tutor, with the e-mailed link (as « Gestion des tuteurs » would send it).
        long tutor = api.expect("POST", "/api/v1/placements/" + placement + "/tutor", teacher,
                "{\"familyName\":\"LEFORT\",\"firstName\":\"Marc\",\"email\":\"marc.lefort@usinage-rhone.example\"}", 201).get("tutor").get("id").asLong();
        JsonNode issued = api.expect("POST", "/api/v1/placements/" + placement + "/tutor/link", teacher, null, 201);
        api.awaitSent(teacher, tutor, issued.get("id").asLong());
        String link = SampleDataBrowser.accessLink(session.newestOutboxMail());

        // The tutor, on his phone at the end of the period, through the link: « Bilan des attitudes professionnelles ».
        WebDriver tutorBrowser = session.anotherBrowser(); // quit after the test
        tutorBrowser.manage().window().setSize(new Dimension(390, 844));
        tutorBrowser.get(link);
        WebElement tutorEntry = waitFor(tutorBrowser, By.cssSelector("[data-trainer-documents] [data-action='attitudes-review']"));
        assertEquals("Bilan des attitudes professionnelles", tutorEntry.getText());
        click(tutorBrowser, By.cssSelector("[data-trainer-documents] [data-action='attitudes-review']"));
        WebElement header = waitFor(tutorBrowser, By.cssSelector("[data-page='attitudes-review'][data-side='COMPANY'] [data-attitudes-header]"));
        String headerText = header.getText();
        assertTrue(headerText, headerText.contains("PFMP 1 — découverte") && headerText.contains("du 11/01/2027 au 05/02/2027"));
        assertTrue(headerText, headerText.contains("Léa PETIT") && headerText.contains("Usinage du Rhône"));
        WebElement first = waitFor(tutorBrowser, By.cssSelector("[data-attitude='AP1']"));
        assertTrue(first.getText(), first.getText().contains("Assiduité et ponctualité")
                && first.getText().contains("Entreprise (tuteur ou maître d’apprentissage)") && first.getText().contains("Établissement (professeur)"));
        assertTrue("the school's line is read only for the tutor",
                tutorBrowser.findElements(By.cssSelector("[data-side='SCHOOL'] button[data-level]")).isEmpty());
        WebElement button = tutorBrowser.findElement(level("AP1", "COMPANY", "PARTIAL"));
        assertTrue("a touch target of 44 px at least: " + button.getSize(), button.getSize().getWidth() >= 44 && button.getSize().getHeight() >= 44);
        assertEquals("1", button.getText().trim());
        assertNoSidewaysScrolling(tutorBrowser);

        click(tutorBrowser, level("AP1", "COMPANY", "ACHIEVED_AUTONOMOUS"));
        awaitPressed(tutorBrowser, "AP1", "COMPANY", "ACHIEVED_AUTONOMOUS");
        click(tutorBrowser, level("AP3", "COMPANY", "PARTIAL"));
        awaitPressed(tutorBrowser, "AP3", "COMPANY", "PARTIAL");
        waitForText(tutorBrowser, side("AP3", "COMPANY"), "par Marc LEFORT, le ");

        // The teacher, from the period's page: « Éditer le bilan des attitudes professionnelles » beside Léa.
        session.phoneSize(true);
        session.open("/#/periodes?niveau=" + level + "&periode=" + period);
        session.signIn("prof.mspc");
        By edit = By.cssSelector("[data-selected-period] [data-action='attitudes-review'][href^='#/bilans-attitudes/" + placement + "?']");
        assertEquals("Éditer le bilan des attitudes professionnelles", session.waitFor(edit).getText());
        session.click(edit);
        session.waitFor(By.cssSelector("[data-page='attitudes-review'][data-side='SCHOOL'] [data-attitude='AP8']"));
        // The tutor's levels, read only, with who gave them.
        session.waitFor(badge("AP1", "COMPANY", "ACHIEVED_AUTONOMOUS"));
        session.waitFor(badge("AP3", "COMPANY", "PARTIAL"));
        assertTrue(browser.findElement(side("AP3", "COMPANY")).getText().contains("par Marc LEFORT"));
        assertTrue(browser.findElements(By.cssSelector("[data-side='COMPANY'] button[data-level]")).isEmpty());
        // She corrects AP3 on the school's line.
        session.click(level("AP3", "SCHOOL", "ACHIEVED_WITH_HELP"));
        awaitPressed(browser, "AP3", "SCHOOL", "ACHIEVED_WITH_HELP");
        session.waitForText(side("AP3", "SCHOOL"), "par Sophie BERNARD, le ");
        session.assertNoSidewaysScrolling();

        // Both lines, after reloads, for both.
        reload(browser, "SCHOOL");
        session.waitFor(badge("AP3", "COMPANY", "PARTIAL"));
        awaitPressed(browser, "AP3", "SCHOOL", "ACHIEVED_WITH_HELP");
        session.waitFor(badge("AP1", "COMPANY", "ACHIEVED_AUTONOMOUS"));
        reload(tutorBrowser, "COMPANY");
        awaitPressed(tutorBrowser, "AP3", "COMPANY", "PARTIAL");
        awaitPressed(tutorBrowser, "AP1", "COMPANY", "ACHIEVED_AUTONOMOUS");
        waitFor(tutorBrowser, badge("AP3", "SCHOOL", "ACHIEVED_WITH_HELP"));
        waitForText(tutorBrowser, side("AP3", "SCHOOL"), "par Sophie BERNARD");

        // Stored on both sides.
        assertEquals("ACHIEVED_AUTONOMOUS", stored(teacher, placement, "AP1", "company"));
        assertEquals(null, stored(teacher, placement, "AP1", "school"));
        assertEquals("PARTIAL", stored(teacher, placement, "AP3", "company"));
        assertEquals("ACHIEVED_WITH_HELP", stored(teacher, placement, "AP3", "school"));

        // A colleague sets AP2 on the school's line meanwhile: the teacher, whose page does not show it yet, is told.
        String ddfpt = api.signIn("ddfpt", PASSWORD);
        api.expect("PUT", "/api/v1/placements/" + placement + "/attitudes-review", ddfpt,
                "{\"results\":[{\"attitude\":\"AP2\",\"level\":\"NOT_ACHIEVED\",\"version\":0}]}", 200);
        session.click(level("AP2", "SCHOOL", "ACHIEVED_AUTONOMOUS"));
        WebElement conflict = session.waitFor(By.cssSelector("[data-attitude='AP2'] [data-row-conflict]"));
        assertTrue(conflict.getText(), conflict.getText().contains("Modifié par Claire MARTIN entre-temps : 0 Pas de réussite ou non fait"));
        awaitPressed(browser, "AP2", "SCHOOL", "NOT_ACHIEVED");
        session.click(By.cssSelector("[data-attitude='AP2'] [data-action='put-mine']"));
        awaitPressed(browser, "AP2", "SCHOOL", "ACHIEVED_AUTONOMOUS");
        assertTrue(browser.findElements(By.cssSelector("[data-row-conflict]")).isEmpty());
        assertEquals("ACHIEVED_AUTONOMOUS", stored(teacher, placement, "AP2", "school"));

        // Léa, from « Mes périodes » on her phone: both lines, read only.
        session.reset();
        session.phoneSize(true);
        session.open("/#/mes-periodes");
        session.signIn("lea.petit");
        By entry = By.cssSelector("[data-learner-folders] [data-action='attitudes-review'][href^='#/bilans-attitudes/" + placement + "']");
        assertEquals("Bilan des attitudes professionnelles", session.waitFor(entry).getText());
        session.click(entry);
        WebElement page = session.waitFor(By.cssSelector("[data-page='attitudes-review'][data-writable='false']"));
        session.waitForText(page, "Consultation seule.");
        session.waitFor(badge("AP3", "COMPANY", "PARTIAL"));
        session.waitFor(badge("AP3", "SCHOOL", "ACHIEVED_WITH_HELP"));
        session.waitFor(badge("AP1", "COMPANY", "ACHIEVED_AUTONOMOUS"));
        String text = page.getText();
        assertTrue(text, text.contains("PFMP 1 — découverte") && text.contains("Entreprise (tuteur ou maître d’apprentissage)")
                && text.contains("Établissement (professeur)") && text.contains("par Marc LEFORT") && text.contains("par Sophie BERNARD"));
        assertTrue(browser.findElements(By.cssSelector("[data-page='attitudes-review'] button")).isEmpty());
        session.assertNoSidewaysScrolling();
    }
}
