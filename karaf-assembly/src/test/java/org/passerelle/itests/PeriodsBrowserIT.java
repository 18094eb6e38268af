package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.BeforeClass;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages of periods in company, in headless Chromium against the distribution with its sample data: a teacher
 * prepares a period from an annex and edits its four pages; a learner fills their liaison sheet on a phone (their
 * portfolio keeps the activities: no free sheet to start); the teacher individualises the sheet, re-aligns it, creates the tutor from it and
 * e-mails the link; a master adjusts an apprentice's sheet; a period is deleted after confirmation, its sheet
 * waits in the free-sheets folder, and the period is restored. Each test works on its own class level.
 */
public class PeriodsBrowserIT {

    private static final String PASSWORD = SampleDataBrowser.PASSWORD;
    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.rule("periods-browser-it", "18293");
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final WebDriver browser = session.browser;
    private final Api api = session.api();
    private final DistributionProcess platform = session.platform;
    private static String e;

    @BeforeClass
    public static void start() throws Exception {
        String admin = session.api().signIn("admin", PASSWORD);
        e = "/api/v1/establishments/" + Api.parse(session.api().send("GET", "/api/v1/establishments", admin, null, null)).get(0).get("id").asLong();
    }

    @Test
    public void aTeacherCreatesAnAnnexThenAPeriodFromItAndEditsItsFourPagesWithoutChangingTheAnnex() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "MELEC");
        browser.get(platform.baseUrl() + "/#/periodes");
        session.signIn("prof.melec");
        new Select(session.waitFor(By.cssSelector("[data-filter='class-level']"))).selectByValue(String.valueOf(level));
        // The level has the sample data's period (issue 11), made from its own annex.
        session.waitForText(session.waitFor(By.cssSelector("[data-class-level='" + level + "']")), "PFMP 2 — installations");

        // No period without an annex: a new one starts from the annexes, where one is created.
        session.click(By.cssSelector("[data-nav='annexes']"));
        session.click(By.cssSelector("[data-action='new-annex']"));
        session.waitFor(By.cssSelector("[data-form='annex'] [name='name']")).sendKeys("Annexe PFMP MELEC");
        browser.findElement(By.cssSelector("[data-form='annex'] textarea[name='objectives']"))
                .sendKeys("Réaliser une installation en sécurité\nCommuniquer avec le client");
        checkTask("T1-1");
        checkTask("T2-3");
        browser.findElement(By.cssSelector("[data-form='annex'] button[type='submit']")).click();
        WebElement annexCard = session.waitFor(By.xpath("//*[@data-annex][contains(., 'Annexe PFMP MELEC')]"));
        assertTrue(annexCard.getText(), annexCard.getText().contains("2 objectifs") && annexCard.getText().contains("2 tâches"));
        long annex = Long.parseLong(annexCard.getAttribute("data-annex"));

        annexCard.findElement(By.cssSelector("[data-action='new-period']")).click();
        WebElement name = session.waitFor(By.cssSelector("[data-form='new-period'] [name='name']"));
        name.clear();
        name.sendKeys("PFMP 1 — janvier");
        setDate("startDate", "2027-01-29");
        setDate("endDate", "2027-01-04");
        session.click(By.cssSelector("[data-form='new-period'] button[type='submit']"));
        WebElement endError = session.waitFor(By.cssSelector("[data-form='new-period'] .has-error .form-field__error"));
        assertTrue(endError.getText(), endError.getText().contains("précéder"));
        setDate("startDate", "2027-01-04");
        setDate("endDate", "2027-01-29");
        assertEquals("both learners of the level are chosen at first", 2,
                browser.findElements(By.cssSelector("[data-learner-choice] input[type='checkbox']:checked")).size());
        session.click(By.cssSelector("[data-form='new-period'] button[type='submit']"));

        // Back to the view by periods, the new period chosen, its learners listed.
        WebElement selected = session.waitFor(By.cssSelector("[data-selected-period]"));
        long period = Long.parseLong(selected.getAttribute("data-selected-period"));
        session.waitForText(selected, "GIRARD");
        assertTrue(selected.getText(), selected.getText().contains("BONNET") && selected.getText().contains("PFMP 1 — janvier"));

        session.click(By.cssSelector("[data-action='edit-period']"));
        WebElement info = session.waitFor(By.cssSelector("[data-form='period-information'] [name='name']"));
        info.clear();
        info.sendKeys("PFMP 1 — hiver");
        session.click(By.cssSelector("[data-form='period-information'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-success='period-informations']"));

        session.click(By.cssSelector("[data-tab='apprenants']"));
        WebElement girard = session.waitFor(By.xpath("//*[@data-learner-choice]//label[contains(., 'GIRARD')]/input"));
        girard.click();
        session.waitFor(By.cssSelector("[data-warning='learners-removed']"));
        session.click(By.cssSelector("[data-form='period-learners'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-success='period-apprenants']"));

        session.click(By.cssSelector("[data-tab='objectifs']"));
        WebElement objectives = session.waitFor(By.cssSelector("[data-form='period-objectives'] textarea"));
        objectives.sendKeys("\nLire un schéma électrique");
        session.click(By.cssSelector("[data-form='period-objectives'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-success='period-objectifs']"));

        session.click(By.cssSelector("[data-tab='activites']"));
        checkTask("T1-1");
        session.click(By.cssSelector("[data-form='period-activities'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-success='period-activites']"));

        JsonNode saved = api.expect("GET", "/api/v1/periods/" + period, teacher, null, 200);
        assertEquals("PFMP 1 — hiver", saved.get("name").asText());
        assertEquals(1, saved.get("learnerIds").size());
        assertEquals(List.of("Réaliser une installation en sécurité", "Communiquer avec le client", "Lire un schéma électrique"), texts(saved.get("objectives")));
        assertEquals(List.of("T2-3"), texts(saved.get("tasks")));
        JsonNode sheet = api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200).get(0);
        assertEquals("the sheet that was not individualised follows", List.of("T2-3"), texts(sheet.get("tasks")));
        JsonNode annexNow = Api.parse(api.send("GET", e + "/annexes", teacher, null, null));
        for (JsonNode a : annexNow) {
            if (a.get("id").asLong() == annex) {
                assertEquals("the annex never changes", List.of("T1-1", "T2-3"), texts(a.get("tasks")));
                assertEquals(2, a.get("objectives").size());
            }
        }
        // Changing the annex afterwards leaves the period's copy alone.
        session.open("/#/annexes/" + annex);
        WebElement annexName = session.waitFor(By.cssSelector("[data-form='annex'] [name='name']"));
        annexName.clear();
        annexName.sendKeys("Annexe PFMP MELEC 2027");
        checkTask("T2-3");
        session.click(By.cssSelector("[data-form='annex'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-success='annex']"));
        for (JsonNode a : Api.parse(api.send("GET", e + "/annexes", teacher, null, null))) {
            if (a.get("id").asLong() == annex) {
                assertEquals("Annexe PFMP MELEC 2027", a.get("name").asText());
                assertEquals(List.of("T1-1"), texts(a.get("tasks")));
            }
        }
        assertEquals(List.of("T2-3"), texts(api.expect("GET", "/api/v1/periods/" + period, teacher, null, 200).get("tasks")));
    }

    @Test
    public void aLearnerFillsTheLiaisonSheetOnAPhoneThenTheTeacherIndividualisesItAndSendsTheTutorTheLink() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MSPC", "ines.moreau", "Annexe MSPC", "Diagnostiquer une panne", List.of("A1T1"),
                "PFMP MSPC", "PERIOD_2", "2027-03-01", "2027-03-26");
        long period = setUp.period();
        long placement = setUp.placement();

        // The learner, on a phone: « Mes périodes », the liaison sheet, the place.
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(platform.baseUrl() + "/#/mes-periodes");
        session.signIn("ines.moreau");
        session.click(By.cssSelector("[data-page='my-periods'] [data-action='open-placement']"));
        session.waitFor(By.cssSelector("[data-form='place']"));
        session.click(By.cssSelector("[data-form='place'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-form='place'] .form-alert"));
        assertEquals("the three required fields are flagged", 3, browser.findElements(By.cssSelector("[data-form='place'] .has-error")).size());
        type("companyName", "Maintenance Rhône Industrie");
        type("sector", "Maintenance industrielle");
        type("tutorName", "Paul Martin");
        type("tutorEmail", "paul.martin@mri.example");
        session.click(By.cssSelector("[data-form='place'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-success='place']"));
        session.assertNoSidewaysScrolling();

        // MSPC keeps a maintenance portfolio (issue 11): no free activity sheet to start, the tab says where activities go.
        session.click(By.cssSelector("[data-tab='fiches']"));
        WebElement note = session.waitFor(By.cssSelector("[data-no-free-sheets='MAINTENANCE_PORTFOLIO']"));
        assertTrue(note.getText(), note.getText().contains("Présenter une activité"));
        assertTrue("no sheet to start in a portfolio", browser.findElements(By.cssSelector("[data-form='sheet']")).isEmpty());
        session.waitFor(By.cssSelector("[data-tab-panel='fiches'] [data-action='open-follow-up']"));
        // Named as what it opens, and no « (0) » of activity sheets beside the tab.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(
                By.cssSelector("[data-tab-panel='fiches'] [data-action='open-follow-up']"), "Portfolio"));
        assertEquals("Fiches activités", browser.findElement(By.cssSelector("[data-tab='fiches']")).getText());
        assertTrue("the learner has no tutor tab", browser.findElements(By.cssSelector("[data-tab='tuteur']")).isEmpty());
        assertTrue("the learner cannot individualise", browser.findElements(By.cssSelector("[data-form^='individualisation']")).isEmpty());

        // The teacher individualises the objectives; the period changes; the sheet differs; it is re-aligned.
        session.signOut();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(platform.baseUrl() + "/#/fiches-liaison/" + placement + "/objectifs");
        session.signIn("prof.mspc");
        WebElement objectives = session.waitFor(By.cssSelector("[data-form='individualisation-objectives'] textarea"));
        objectives.sendKeys("\nRespecter les consignes de sécurité du site");
        session.click(By.cssSelector("[data-form='individualisation-objectives'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-success='individualisation']"));
        assertFalse(browser.findElements(By.cssSelector("h1 ~ .badges [data-individualised]")).isEmpty());
        JsonNode current = api.expect("GET", "/api/v1/periods/" + period, teacher, null, 200);
        api.expect("PUT", "/api/v1/periods/" + period + "/objectives", teacher,
                "{\"objectives\":[\"Diagnostiquer une panne\",\"Rédiger un compte rendu\"],\"version\":" + current.get("version").asInt() + "}", 200);
        browser.navigate().refresh();
        session.waitFor(By.cssSelector("[data-differs]"));
        session.click(By.cssSelector("[data-action='realign']"));
        session.waitFor(By.cssSelector("[data-success='realign']"));
        assertEquals(List.of("Diagnostiquer une panne", "Rédiger un compte rendu"),
                texts(api.expect("GET", "/api/v1/placements/" + placement, teacher, null, 200).get("objectives")));

        // The tutor, pre-filled from the liaison sheet, then the link by e-mail.
        session.click(By.cssSelector("[data-tab='tuteur']"));
        assertEquals("Martin", session.waitFor(By.cssSelector("[data-form='tutor'] [name='familyName']")).getAttribute("value"));
        assertEquals("Paul", browser.findElement(By.cssSelector("[data-form='tutor'] [name='firstName']")).getAttribute("value"));
        assertEquals("paul.martin@mri.example", browser.findElement(By.cssSelector("[data-form='tutor'] [name='email']")).getAttribute("value"));
        session.click(By.cssSelector("[data-form='tutor'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-tutor]"));
        session.click(By.cssSelector("[data-action='send-tutor-link']"));
        WebElement sent = session.waitFor(By.cssSelector("[data-success='tutor-link']"));
        assertTrue(sent.getText(), sent.getText().contains("paul.martin@mri.example"));
        // The e-mail leaves after the commit; the tab follows it until it is sent (written to the outbox folder here).
        WebElement delivered = session.waitFor(By.cssSelector("[data-link-state='active'] [data-delivery='SENT']"));
        assertTrue(delivered.getText(), delivered.getText().contains("déposé le"));
        String mail = session.newestOutboxMail();
        assertTrue(mail, mail.contains("paul.martin@mri.example"));
        String link = SampleDataBrowser.accessLink(mail);

        // The tutor's link opens this sheet, with the company the learner typed.
        session.signOut();
        browser.get(link);
        assertEquals("Maintenance Rhône Industrie", session.waitFor(By.cssSelector("[data-liaison-field='companyName']")).getText().trim());

        // The teacher deactivates the link: it opens nothing any more.
        session.signOut();
        browser.get(platform.baseUrl() + "/#/fiches-liaison/" + placement + "/tuteur");
        session.signIn("prof.mspc");
        session.waitFor(By.cssSelector("[data-link-state='active']"));
        session.click(By.cssSelector("[data-action='revoke-link']"));
        session.waitFor(By.cssSelector("[data-link-state='revoked']"));
        session.signOut();
        browser.get(link);
        WebElement dead = session.waitFor(By.cssSelector("[data-page='trainer-link'] h1"));
        assertTrue(dead.getText(), dead.getText().contains("non valable"));
    }

    @Test
    public void aMasterAdjustsTheTasksOfTheirApprenticesSheetAndHasNoTutorToCreate() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "CAP_ELEC", "yanis.fontaine", "Annexe CAP", "Poser des goulottes", List.of("TA 1-1"),
                "Période CAP", "OTHER", "2027-05-03", "2027-05-28");
        long placement = setUp.placement();

        browser.get(platform.baseUrl() + "/#/mes-periodes");
        session.signIn("maitre.lefebvre");
        WebElement folders = session.waitFor(By.cssSelector("[data-learner-folders]"));
        session.waitForText(folders, "Période CAP");
        assertTrue(folders.getText(), folders.getText().contains("FONTAINE"));
        // His apprentice has the sample data's period too (issue 11): the liaison sheet of the one just made.
        folders.findElement(By.cssSelector("[data-action='open-placement'][href$='/" + placement + "']")).click();
        WebElement readOnly = session.waitFor(By.cssSelector("[data-place='read-only']"));
        assertTrue("a master reads the place", readOnly.isDisplayed());
        assertTrue("no tutor for an apprentice", browser.findElements(By.cssSelector("[data-tab='tuteur']")).isEmpty());
        session.click(By.cssSelector("[data-tab='activites']"));
        checkTask("TA 2-1");
        session.click(By.cssSelector("[data-form='individualisation-tasks'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-success='individualisation']"));
        assertEquals(List.of("TA 1-1", "TA 2-1"), texts(api.expect("GET", "/api/v1/placements/" + placement, teacher, null, 200).get("tasks")));
        assertTrue("only the teaching team re-aligns", browser.findElements(By.cssSelector("[data-action='realign']")).isEmpty());
    }

    @Test
    public void deletingAPeriodAsksForConfirmationThenItsSheetsWaitInTheFreeSheetsFolderUntilItIsRestored() throws Exception {
        // A MELEC learner: her referential's layout is one of activity sheets (issue 11).
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MELEC", "chloe.girard", "Annexe MELEC", "Observer", List.of(),
                "Découverte MELEC", "PERIOD_1", "2027-06-01", "2027-06-18");
        long level = setUp.level();
        long lea = setUp.learner();
        long period = setUp.period();
        long placement = setUp.placement();
        api.expect("POST", "/api/v1/placements/" + placement + "/sheets", api.signIn("chloe.girard", PASSWORD), "{\"title\":\"Ma première semaine\"}", 201);

        // On a phone, as during a company visit.
        session.phoneSize(true);
        browser.get(platform.baseUrl() + "/#/periodes?niveau=" + level + "&periode=" + period);
        session.signIn("prof.melec");
        WebElement selected = session.waitFor(By.cssSelector("[data-selected-period='" + period + "']"));
        assertTrue("the sample period of the level is listed too",
                browser.findElement(By.cssSelector("[data-class-level='" + level + "']")).getText().contains("PFMP 2 — installations"));
        // Her sheet and the first one, made with her placement.
        // Activity sheets: the count opens them, and no « Pas encore édité » (a portfolio's) beside it.
        WebElement count = session.waitFor(By.cssSelector("[data-sheet-count='2']"));
        assertTrue(count.getAttribute("href"), count.getAttribute("href").endsWith("#/suivi/" + placement + "/fiches"));
        assertTrue(browser.findElements(By.cssSelector("[data-selected-period] [data-portfolio-edited]")).isEmpty());
        session.assertNoSidewaysScrolling();
        session.click(By.cssSelector("[data-action='delete-period']"));
        WebElement confirm = session.waitFor(By.cssSelector("[data-confirm='delete-period']"));
        assertTrue(confirm.getText(), confirm.getText().contains("Fiches libres") && confirm.getText().contains("30 jours"));
        session.click(By.cssSelector("[data-action='cancel-delete']"));
        assertTrue(browser.findElements(By.cssSelector("[data-confirm='delete-period']")).isEmpty());
        assertEquals(200, api.send("GET", "/api/v1/periods/" + period, teacher, null, null).statusCode());

        session.click(By.cssSelector("[data-action='delete-period']"));
        session.click(By.cssSelector("[data-action='confirm-delete']"));
        WebElement done = session.waitFor(By.cssSelector("[data-success='period']"));
        assertTrue(done.getText(), done.getText().contains("Découverte MELEC"));
        session.waitFor(By.cssSelector("[data-deleted-period='" + period + "']"));
        assertTrue(browser.findElements(By.cssSelector("[data-period='" + period + "']")).isEmpty());
        assertTrue(selected.toString(), browser.findElements(By.cssSelector("[data-selected-period]")).isEmpty());

        // The view by learners: the sheet is in Léa's free-sheets folder.
        session.click(By.cssSelector("[data-view='learners']"));
        session.click(By.xpath("//*[@data-learner][contains(., 'GIRARD')]"));
        WebElement free = session.waitFor(By.cssSelector("[data-free-sheets]"));
        assertTrue(free.getText(), free.getText().contains("Ma première semaine") && free.getText().contains("Découverte MELEC"));

        session.click(By.cssSelector("[data-view='periods']"));
        session.click(By.cssSelector("[data-deleted-period='" + period + "'] [data-action='restore-period']"));
        session.waitFor(By.cssSelector("[data-period='" + period + "']"));
        // Back: her sheet, and the first sheet made with her placement, which waited untouched with it.
        assertEquals(2, api.expect("GET", "/api/v1/placements/" + placement + "/sheets", teacher, null, 200).size());
        assertEquals(0, api.expect("GET", "/api/v1/learners/" + lea + "/free-sheets", teacher, null, 200).size());
    }

    // ---------------------------------------------------------------------------------------------------------

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private void checkTask(String code) {
        session.click(By.cssSelector("[data-task-picker] input[value='" + code + "']"));
    }

    private void type(String name, String text) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take their value in the browser's locale when typed: set it as the page's script would. */
    private void setDate(String name, String iso) {
        WebElement input = browser.findElement(By.name(name));
        ((JavascriptExecutor) browser).executeScript("const i = arguments[0]; i.value = arguments[1];"
                + " i.dispatchEvent(new Event('input', { bubbles: true }));", input, iso);
    }







}
