package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The company review (bilan entreprise, issue 12; guide 000) as its users meet it, in a real browser against the
 * distribution with its sample data: Chloé GIRARD's review of « PFMP 2 — installations » opened by her teacher from the
 * period's page on a 390 px phone, with the criteria of her first activity sheet cited « [1] »; her tutor filling it at
 * the same time through the e-mailed link in a second browser; both levels kept; the same criterion set by both (the
 * second is told and chooses); stars, meeting date and comment saved, a colleague's stars meanwhile shown beside mine; a
 * « Période 1 » period offers no review; the learner reads hers without a control.
 */
public class CompanyReviewBrowserIT {

    private static final String PASSWORD = SampleDataBrowser.PASSWORD;
    private static final Duration WAIT = Duration.ofSeconds(15);
    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.rule("company-review-browser-it", "18223");
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final WebDriver browser = session.browser;
    private final Api api = session.api();

    /** The sample establishment's path, the 1re MELEC level and Chloé's placement in « PFMP 2 — installations ». */
    private record Sample(String establishment, long level, long period, long placement) {
    }

    private Sample sample(String teacher) throws Exception {
        String admin = api.signIn("admin", PASSWORD);
        String e = "/api/v1/establishments/" + Api.parse(api.send("GET", "/api/v1/establishments", admin, null, null)).get(0).get("id").asLong();
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "MELEC");
        long period = Api.idWhere(api.expect("GET", e + "/periods?classLevelId=" + level, teacher, null, 200), "name", "PFMP 2 — installations");
        long chloe = Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", "chloe.girard");
        long placement = Api.placementOf(api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200), chloe);
        return new Sample(e, level, period, placement);
    }

    private static By row(String competency, String criterion) {
        return By.cssSelector("[data-review-row='" + competency + "|" + (criterion == null ? "" : criterion) + "']");
    }

    private static By level(String competency, String criterion, String level) {
        return By.cssSelector("[data-review-row='" + competency + "|" + (criterion == null ? "" : criterion) + "'] [data-level='" + level + "']");
    }

    /** Waits until the row's button of that level is pressed (what a user sees: the filled button with its check). */
    private static void awaitPressed(WebDriver driver, String competency, String criterion, String level) {
        new WebDriverWait(driver, WAIT).until(d -> "true".equals(d.findElement(level(competency, criterion, level)).getAttribute("aria-pressed"))
                && d.findElement(row(competency, criterion)).findElements(By.cssSelector("[aria-busy='true']")).isEmpty());
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

    private String storedLevel(String token, long placement, String competency, String criterion) throws Exception {
        for (JsonNode r : api.expect("GET", "/api/v1/placements/" + placement + "/company-review", token, null, 200).get("results")) {
            if (r.get("competency").asText().equals(competency) && (criterion == null ? r.get("criterion").isNull() : criterion.equals(r.get("criterion").asText()))) {
                return r.get("level").isNull() ? null : r.get("level").asText();
            }
        }
        return null;
    }

    private static void reloadReview(WebDriver driver) {
        driver.navigate().refresh();
        waitFor(driver, By.cssSelector("[data-page='company-review'][data-writable='true'] [data-review-competencies]"));
        waitFor(driver, row("C2", "C2-1"));
    }

    @Test
    public void theTeacherAndTheTutorFillChloesReviewTogetherOnTheirPhones() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        Sample s = sample(teacher);
        // Chloé's tutor, with the e-mailed link (as « Gestion des tuteurs » would send it).
        long tutor = api.expect("POST", "/api/v1/placements/" + s.placement() + "/tutor", teacher,
                "{\"familyName\":\"MARTIN\",\"firstName\":\"Zoé\",\"email\":\"zoe.martin@egr.example\"}", 201).get("tutor").get("id").asLong();
        JsonNode issued = api.expect("POST", "/api/v1/placements/" + s.placement() + "/tutor/link", teacher, null, 201);
        api.awaitSent(teacher, tutor, issued.get("id").asLong());
        String link = SampleDataBrowser.accessLink(session.newestOutboxMail());

        // The teacher, on a phone, from the period's page: « Éditer le bilan entreprise » of Chloé.
        session.phoneSize(true);
        session.open("/#/periodes?niveau=" + s.level() + "&periode=" + s.period());
        session.signIn("prof.melec");
        WebElement edit = session.waitFor(By.cssSelector("[data-selected-period] [data-action='company-review'][href^='#/bilans-entreprise/" + s.placement() + "?']"));
        assertEquals("Éditer le bilan entreprise", edit.getText());
        session.click(By.cssSelector("[data-selected-period] [data-action='company-review'][href^='#/bilans-entreprise/" + s.placement() + "?']"));
        WebElement header = session.waitFor(By.cssSelector("[data-page='company-review'][data-writable='true'] [data-review-header]"));
        String headerText = header.getText();
        assertTrue(headerText, headerText.contains("PFMP 2 — installations") && headerText.contains("du 01/03/2027 au 26/03/2027"));
        assertTrue(headerText, headerText.contains("Chloé GIRARD") && headerText.contains("Électricité Générale du Rhône"));
        // The teacher's selections on the first sheet, cited « [1] »; the sample levels pressed.
        waitForText(browser, row("C2", "C2-1"), "[1] Fiche : Pose d'un tableau de répartition");
        waitForText(browser, row("C2", "C2-3"), "[1] Fiche : Pose d'un tableau de répartition");
        waitForText(browser, row("C4", null), "[1] Fiche : Pose d'un tableau de répartition");
        awaitPressed(browser, "C2", "C2-1", "ACHIEVED_AUTONOMOUS");
        awaitPressed(browser, "C4", null, "ACHIEVED_WITH_HELP");
        assertEquals("3", browser.findElement(level("C2", "C2-1", "ACHIEVED_AUTONOMOUS")).getText().replace("✓", "").trim());
        assertTrue("the tasks of the review are ticked", browser.findElement(By.cssSelector("[data-review-tasks] [data-task='T2-1']")).isSelected());
        WebElement fan = browser.findElement(level("C2", "C2-3", "PARTIAL"));
        assertTrue("a touch target of 44 px at least: " + fan.getSize(), fan.getSize().getWidth() >= 44 && fan.getSize().getHeight() >= 44);
        assertEquals("1 : Réussite partielle", fan.getAttribute("aria-label"));
        session.assertNoSidewaysScrolling();

        session.click(level("C2", "C2-3", "PARTIAL"));
        awaitPressed(browser, "C2", "C2-3", "PARTIAL");
        waitForText(browser, row("C2", "C2-3"), "par Paul DURAND");

        // Meanwhile the tutor, through the e-mailed link in another browser, on her phone: « Bilan entreprise ».
        WebDriver tutorBrowser = session.anotherBrowser(); // quit after the test
        tutorBrowser.manage().window().setSize(new Dimension(390, 844));
        tutorBrowser.get(link);
        click(tutorBrowser, By.cssSelector("[data-trainer-documents] [data-action='company-review']"));
        waitFor(tutorBrowser, By.cssSelector("[data-page='company-review'][data-writable='true']"));
        awaitPressed(tutorBrowser, "C2", "C2-3", "PARTIAL");
        click(tutorBrowser, level("C2", "C2-1", "ACHIEVED_WITH_HELP"));
        awaitPressed(tutorBrowser, "C2", "C2-1", "ACHIEVED_WITH_HELP");
        waitForText(tutorBrowser, row("C2", "C2-1"), "par Zoé MARTIN");

        // Both kept, after reloads on both sides.
        reloadReview(browser);
        awaitPressed(browser, "C2", "C2-3", "PARTIAL");
        awaitPressed(browser, "C2", "C2-1", "ACHIEVED_WITH_HELP");
        reloadReview(tutorBrowser);
        awaitPressed(tutorBrowser, "C2", "C2-3", "PARTIAL");
        awaitPressed(tutorBrowser, "C2", "C2-1", "ACHIEVED_WITH_HELP");

        // The teacher starts the comment; the tutor gives 2 stars and saves.
        WebElement comment = browser.findElement(By.name("comment"));
        comment.sendKeys(" Très bon contact avec les clients.");
        click(tutorBrowser, By.cssSelector("[data-review-foot] label.star:nth-of-type(2)"));
        click(tutorBrowser, By.cssSelector("[data-action='save-review']"));
        waitForText(tutorBrowser, By.cssSelector("[data-save-state]"), "Enregistré à");

        // Both on C2-3: the tutor first, then the teacher, whose page still shows « 1 »: told, nothing lost.
        click(tutorBrowser, level("C2", "C2-3", "ACHIEVED_WITH_HELP"));
        awaitPressed(tutorBrowser, "C2", "C2-3", "ACHIEVED_WITH_HELP");
        session.click(level("C2", "C2-3", "NOT_ASSESSABLE"));
        WebElement conflict = session.waitFor(By.cssSelector("[data-review-row='C2|C2-3'] [data-row-conflict]"));
        assertTrue(conflict.getText(), conflict.getText().contains("Modifié par Zoé MARTIN entre-temps : 2 Réussite totale avec aide"));
        awaitPressed(browser, "C2", "C2-3", "ACHIEVED_WITH_HELP");
        // The rest of the page follows what is saved now (the tutor's 2 stars), and what the teacher was typing stays.
        assertEquals("2", browser.findElement(By.cssSelector("[data-engagement]")).getAttribute("data-engagement"));
        assertEquals("Chloé s'est bien intégrée à l'équipe ; elle doit gagner en autonomie pour les repérages."
                + " Très bon contact avec les clients.", browser.findElement(By.name("comment")).getAttribute("value"));
        session.click(By.cssSelector("[data-review-row='C2|C2-3'] [data-action='put-mine']"));
        awaitPressed(browser, "C2", "C2-3", "NOT_ASSESSABLE");
        assertTrue(browser.findElements(By.cssSelector("[data-row-conflict]")).isEmpty());
        assertEquals("NOT_ASSESSABLE", storedLevel(teacher, s.placement(), "C2", "C2-3"));
        // The tutor, still on « 2 », chooses « ABS »: told in turn, and keeps the teacher's choice.
        click(tutorBrowser, level("C2", "C2-3", "ABSENT"));
        WebElement told = waitFor(tutorBrowser, By.cssSelector("[data-review-row='C2|C2-3'] [data-row-conflict]"));
        assertTrue(told.getText(), told.getText().contains("Modifié par Paul DURAND entre-temps : NE Non évaluable"));
        click(tutorBrowser, By.cssSelector("[data-review-row='C2|C2-3'] [data-action='keep-theirs']"));
        awaitPressed(tutorBrowser, "C2", "C2-3", "NOT_ASSESSABLE");
        assertEquals("NOT_ASSESSABLE", storedLevel(teacher, s.placement(), "C2", "C2-3"));
        assertEquals("ACHIEVED_WITH_HELP", storedLevel(teacher, s.placement(), "C2", "C2-1"));

        // The teacher adds a competency, assessed by criteria (saved at once).
        new Select(session.waitFor(By.id("review-add-select"))).selectByValue("C5");
        session.click(By.cssSelector("[data-action='add-competency']"));
        session.waitFor(By.cssSelector("[data-competency='C5'][data-mode='GLOBAL']"));
        session.click(By.cssSelector("[data-mode-switch='C5'] [data-mode='CRITERIA']"));
        session.waitFor(By.cssSelector("[data-competency='C5'][data-mode='CRITERIA']"));
        session.click(level("C5", "C5-2", "ACHIEVED_AUTONOMOUS"));
        awaitPressed(browser, "C5", "C5-2", "ACHIEVED_AUTONOMOUS");
        // Back to « Compétence globale »: the block says C5-2's level is kept; by criteria again, it is there.
        session.click(By.cssSelector("[data-mode-switch='C5'] [data-mode='GLOBAL']"));
        session.waitForText(By.cssSelector("[data-competency='C5'][data-mode='GLOBAL'] [data-kept-levels='CRITERIA']"), "sont conservés : ils reviennent");
        session.click(By.cssSelector("[data-mode-switch='C5'] [data-mode='CRITERIA']"));
        session.waitFor(By.cssSelector("[data-competency='C5'][data-mode='CRITERIA']"));
        awaitPressed(browser, "C5", "C5-2", "ACHIEVED_AUTONOMOUS");
        assertTrue(browser.findElements(By.cssSelector("[data-competency='C5'] [data-kept-levels]")).isEmpty());

        // The teacher gives 4 stars; the tutor, meanwhile, 1 star, saved (over the teacher's new competency).
        session.click(By.cssSelector("[data-review-foot] label.star:nth-of-type(4)"));
        click(tutorBrowser, By.cssSelector("[data-review-foot] label.star:nth-of-type(1)"));
        click(tutorBrowser, By.cssSelector("[data-action='save-review']"));
        waitForText(tutorBrowser, By.cssSelector("[data-save-state]"), "Enregistré à");
        assertEquals(1, api.expect("GET", "/api/v1/placements/" + s.placement() + "/company-review", teacher, null, 200).get("engagement").asInt());

        // The teacher's meeting date, then « Enregistrer »: the tutor's stars are shown beside hers, she keeps hers.
        session.js("const i = document.getElementById('review-meeting'); Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(i, '2027-03-25');"
                + " i.dispatchEvent(new Event('input', { bubbles: true }));");
        waitForText(browser, By.cssSelector("[data-save-state]"), "Modifications non enregistrées");
        session.click(By.cssSelector("[data-action='save-review']"));
        WebElement fields = session.waitFor(By.cssSelector("[data-header-conflict]"));
        assertEquals(1, fields.findElements(By.cssSelector("[data-conflict-field]")).size());
        assertTrue("names who saved meanwhile: " + fields.getText(), fields.getText().contains(" a enregistré ces rubriques entre-temps")
                && !fields.getText().contains("Quelqu"));
        WebElement stars = fields.findElement(By.cssSelector("[data-conflict-field='engagement']"));
        assertTrue(stars.getText(), stars.getText().contains("4 étoiles") && stars.getText().contains("1 étoile"));
        session.click(By.cssSelector("[data-conflict-field='engagement'] [data-action='keep-mine']"));
        session.click(By.cssSelector("[data-action='save-review']"));
        waitForText(browser, By.cssSelector("[data-save-state]"), "Enregistré à");
        JsonNode saved = api.expect("GET", "/api/v1/placements/" + s.placement() + "/company-review", teacher, null, 200);
        assertEquals(4, saved.get("engagement").asInt());
        assertEquals("2027-03-25", saved.get("meetingDate").asText());
        assertTrue(saved.get("comment").asText(), saved.get("comment").asText().endsWith("Très bon contact avec les clients."));
        assertEquals("CRITERIA", saved.get("modes").get("C5").asText());

        reloadReview(browser);
        assertEquals("4", browser.findElement(By.cssSelector("[data-engagement]")).getAttribute("data-engagement"));
        assertEquals("2027-03-25", browser.findElement(By.id("review-meeting")).getAttribute("value"));
        session.waitFor(By.cssSelector("[data-competency='C5'][data-mode='CRITERIA']"));
        awaitPressed(browser, "C5", "C5-2", "ACHIEVED_AUTONOMOUS");
        awaitPressed(browser, "C2", "C2-3", "NOT_ASSESSABLE");
        WebElement prepare = browser.findElement(By.cssSelector("[data-action='prepare-meeting']"));
        assertEquals("Préparer la rencontre", prepare.getText());
        assertEquals("_blank", prepare.getAttribute("target"));
        assertTrue(prepare.getAttribute("href").endsWith("/api/v1/placements/" + s.placement() + "/company-review/grid.pdf"));
        session.assertNoSidewaysScrolling();
    }

    @Test
    public void aFirstPeriodHasNoReviewAndTheLearnerReadsHersWithoutControls() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        Sample s = sample(teacher);
        SampleDataBrowser.PeriodSetUp first = session.periodOf(teacher, "MELEC", "lucas.bonnet", "Annexe découverte", "Découvrir l'entreprise",
                List.of(), "PFMP 1 — découverte MELEC", "PERIOD_1", "2027-05-03", "2027-05-21");

        session.open("/#/periodes?niveau=" + s.level() + "&periode=" + first.period());
        session.signIn("prof.melec");
        WebElement selected = session.waitFor(By.cssSelector("[data-selected-period='" + first.period() + "'] [data-action='open-placement']"));
        assertTrue(selected.isDisplayed());
        assertTrue("no company review in a « Période 1 »",
                browser.findElements(By.cssSelector("[data-selected-period] [data-action='company-review']")).isEmpty());
        session.reset();

        // The learner, from « Mes périodes »: her review, read only.
        session.phoneSize(true);
        session.open("/#/mes-periodes");
        session.signIn("chloe.girard");
        session.click(By.cssSelector("[data-learner-folders] [data-action='company-review'][href^='#/bilans-entreprise/" + s.placement() + "']"));
        WebElement page = session.waitFor(By.cssSelector("[data-page='company-review'][data-writable='false']"));
        session.waitForText(page, "Consultation seule.");
        session.waitFor(By.cssSelector("[data-review-row='C2|C2-1'] [data-level-badge]"));
        assertTrue(page.getText(), page.getText().contains("[1] Fiche : Pose d'un tableau de répartition"));
        assertTrue(browser.findElements(By.cssSelector("[data-page='company-review'] button[data-level]")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[data-page='company-review'] textarea")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[data-action='save-review']")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[data-mode-switch]")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("[data-review-tasks] input")).size() > 0);
        session.assertNoSidewaysScrolling();
    }
}
