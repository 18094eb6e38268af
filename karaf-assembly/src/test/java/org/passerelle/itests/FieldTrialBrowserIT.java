package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 10 as its users meet it, in a real browser against the distribution with its sample data: a teacher manages
 * the tutors of a period in a lycée of Papeete (item 5, with its time zone, item 4); an apprentice's sheet speaks of
 * a master and a logbook (item 7); a DDFPT reads the journal (item 8); nothing typed is lost, on a phone too: an
 * error comes into view, an ended session keeps the values, a conflict shows both versions, leaving asks (item 9).
 */
public class FieldTrialBrowserIT {

    private static final String PASSWORD = SampleDataBrowser.PASSWORD;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.rule("field-trial-browser-it", "18205");
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final WebDriver browser = session.browser;
    private final Api api = session.api();
    private static String admin;
    private static String establishment;

    @BeforeClass
    public static void start() throws Exception {
        admin = session.api().signIn("admin", PASSWORD);
        establishment = "/api/v1/establishments/" + Api.parse(session.api().send("GET", "/api/v1/establishments", admin, null, null)).get(0).get("id").asLong();
    }

    @After
    public void backToParis() throws Exception {
        zone("Europe/Paris");
    }

    private void zone(String timeZone) throws Exception {
        JsonNode current = api.expect("GET", establishment, admin, null, 200);
        var body = Api.mapper().createObjectNode();
        for (String field : new String[] {"uai", "name", "address", "contactEmail"}) {
            body.set(field, current.get(field));
        }
        body.put("version", current.get("version").asInt()).put("timeZone", timeZone);
        api.expect("PUT", establishment, admin, body.toString(), 200);
    }

    @Test
    public void aTeacherManagesThePeriodsTutorsInPapeete() throws Exception {
        zone("Pacific/Tahiti");
        String teacher = api.signIn("prof.mspc", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MSPC", "ines.moreau", "Annexe tuteurs", "Diagnostiquer une panne",
                List.of("A1T1"), "PFMP 2 MSPC", "PERIOD_2", "2027-09-06", "2027-10-01");

        session.open("/#/periodes?niveau=" + setUp.level() + "&periode=" + setUp.period());
        session.signIn("prof.mspc");
        WebElement row = session.waitFor(By.cssSelector("[data-selected-period] [data-row='" + setUp.placement() + "']"));
        assertTrue("a tutor column: " + row.getText(), row.findElement(By.cssSelector("[data-label='Tuteur']")).getText().contains("aucun tuteur"));

        session.click(By.cssSelector("[data-action='manage-tutors']"));
        session.waitFor(By.cssSelector("[data-page='period-tutors']"));
        session.click(By.cssSelector("[data-placement='" + setUp.placement() + "']"));
        session.waitFor(By.cssSelector("[data-form='tutor'] [name='familyName']")).sendKeys("DUPUIS");
        browser.findElement(By.cssSelector("[data-form='tutor'] [name='firstName']")).sendKeys("Marc");
        browser.findElement(By.cssSelector("[data-form='tutor'] [name='email']")).sendKeys("marc.dupuis@atelier.example");
        session.click(By.cssSelector("[data-form='tutor'] button[type='submit']"));
        session.click(By.cssSelector("[data-action='send-tutor-link']"));
        // 60 days after the period's last day (1 October 2027): the link works through 30 November.
        WebElement sent = session.waitFor(By.cssSelector("[data-success='tutor-link']"));
        assertTrue(sent.getText(), sent.getText().contains("jusqu’au 30/11/2027"));
        session.waitForText(By.cssSelector("[data-placement='" + setUp.placement() + "'] [data-access='ACTIVE']"), "30/11/2027");
        // Sent today in Papeete, whatever the day is in Paris.
        WebElement delivered = session.waitFor(By.cssSelector("[data-link-state='active'] [data-delivery='SENT']"));
        String today = DAY.format(LocalDate.now(ZoneId.of("Pacific/Tahiti")));
        assertTrue(delivered.getText() + " / " + today, delivered.getText().contains(today));

        String mail = session.newestOutboxMail();
        assertTrue(mail, mail.contains("Bonjour Marc DUPUIS,"));
        assertTrue(mail, mail.contains("30 novembre 2027 inclus"));
        assertTrue(mail, mail.contains("professeur r") && mail.contains("BERNARD"));

        // The tutor's page gives the same last day.
        String link = SampleDataBrowser.accessLink(mail);
        session.signOut();
        browser.get(link);
        WebElement until = session.waitFor(By.cssSelector("[data-access-until]"));
        assertTrue(until.getText(), until.getText().contains("30/11/2027"));

        // « Invalider l'accès », on a phone.
        session.reset();
        session.phoneSize(true);
        session.open("/#/periodes/" + setUp.period() + "/tuteurs?fiche=" + setUp.placement());
        session.signIn("prof.mspc");
        session.click(By.cssSelector("[data-link-state='active'] [data-action='revoke-link']"));
        session.waitFor(By.cssSelector("[data-placement='" + setUp.placement() + "'] [data-access='REVOKED']"));
        session.assertNoSidewaysScrolling();
        session.click(By.cssSelector("[data-action='tutors-done']"));
        session.waitFor(By.cssSelector("[data-selected-period='" + setUp.period() + "']"));
    }

    @Test
    public void anApprenticesSheetNamesTheirMasterAndTheirLogbook() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "CAP_ELEC", "yanis.fontaine", "Annexe apprentis", "Poser des goulottes",
                List.of("TA 1-1"), "Période en entreprise", "OTHER", "2027-05-03", "2027-05-28");

        session.open("/#/fiches-liaison/" + setUp.placement());
        session.signIn("prof.melec");
        WebElement page = session.waitFor(By.cssSelector("[data-page='placement'] [data-master]"));
        assertTrue(page.getText(), page.getText().contains("Jacques LEFEBVRE"));
        String text = browser.findElement(By.cssSelector("[data-page='placement']")).getText();
        assertTrue(text, text.contains("Maître d’apprentissage") && text.contains("Journal de bord"));
        for (String word : new String[] {"Tuteur", "tuteur", "Pré-convention", "Attestation de présence"}) {
            assertFalse(word + " on an apprentice's sheet:\n" + text, text.contains(word));
        }
        assertTrue(browser.findElements(By.cssSelector("[data-action='pre-agreement']")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[data-action='attendance-certificate']")).isEmpty());
        session.click(By.cssSelector("[data-tab='tuteur']"));
        session.waitForText(By.cssSelector("[data-tab-panel='tuteur']"), "Jacques LEFEBVRE");
    }

    @Test
    public void aDdfptReadsTheJournalInFrenchWithNames() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MELEC", "lucas.bonnet", "Annexe journal", "Câbler un tableau",
                List.of(), "PFMP 2 MELEC", "PERIOD_2", "2027-01-04", "2027-01-29");
        api.expect("POST", "/api/v1/placements/" + setUp.placement() + "/tutor", teacher,
                "{\"familyName\":\"DUPUIS\",\"firstName\":\"Marc\",\"email\":\"marc.dupuis@elec.example\"}", 201);
        api.expect("POST", "/api/v1/placements/" + setUp.placement() + "/tutor/link", teacher, null, 201);
        api.expect("DELETE", "/api/v1/periods/" + setUp.period() + "?confirm=true", teacher, null, 204);
        api.expect("POST", "/api/v1/periods/" + setUp.period() + "/restore", teacher, null, 200);

        session.open("/#/admin/etablissements/" + establishment.substring(establishment.lastIndexOf('/') + 1) + "/journal");
        session.signIn("ddfpt");
        WebElement journal = session.waitFor(By.cssSelector("[data-tab-panel='journal'] table"));
        session.waitForText(journal, "envoyé à Marc DUPUIS");
        String text = journal.getText();
        assertTrue(text, text.contains("Lien d'accès envoyé à Marc DUPUIS pour la fiche de liaison de Lucas BONNET (PFMP 2 MELEC)"));
        assertTrue(text, text.contains("Période « PFMP 2 MELEC » supprimée"));
        assertTrue(text, text.contains("Période « PFMP 2 MELEC » restaurée"));
        assertTrue("who, by name: " + text, text.contains("Paul DURAND"));
        assertFalse("no codes in the sentences: " + text, text.contains("TRAINER_LINK_ISSUED") || text.contains("placement:"));
    }

    // ------------------------------------------------------------------ item 9: nothing typed is lost

    @Test
    public void aWrongPasswordHasItsOwnTitleShownOnce() {
        session.open("/#/connexion");
        session.waitFor(By.name("login")).sendKeys("ddfpt");
        browser.findElement(By.name("password")).sendKeys("pas-le-bon");
        session.click(By.cssSelector("[data-form='sign-in'] button[type='submit']"));
        WebElement title = session.waitFor(By.cssSelector("[data-form='sign-in'] [role='alert'] .alert__title"));
        assertEquals("Identifiant ou mot de passe incorrect", title.getText().trim());
        assertTrue("said once, not again under the field", browser.findElements(By.cssSelector("[data-form='sign-in'] .form-field__error")).isEmpty());
    }

    @Test
    public void onAPhoneAnErrorComesIntoViewAStaleSuccessGoesAndTheFirstFieldShowsWithoutScrolling() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "PMIA", "lea.petit", "Annexe téléphone", "Observer", List.of(),
                "PFMP téléphone", "PERIOD_1", "2027-02-01", "2027-02-19");
        session.phoneSize(true);
        session.open("/#/fiches-liaison/" + setUp.placement());
        session.signIn("lea.petit");
        WebElement first = session.waitFor(By.cssSelector("[data-form='place'] [name='companyName']"));
        assertTrue("the first field shows without scrolling: " + rect(first), inView(first));

        type("companyName", "Atelier Rhône Maintenance");
        type("sector", "Maintenance");
        type("tutorName", "Paul Martin");
        session.click(By.cssSelector("[data-form='place'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-success='place']"));

        // The company name emptied, saved again: the old success goes, the field at fault comes into view.
        // Emptied as a person does (select all, delete): the page hears it.
        browser.findElement(By.name("companyName")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        session.click(By.cssSelector("[data-form='place'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-form='place'] .has-error"));
        assertTrue("the stale success is gone", browser.findElements(By.cssSelector("[data-success='place']")).isEmpty());
        WebElement atFault = browser.findElement(By.cssSelector("[data-form='place'] [name='companyName']"));
        assertTrue("the field at fault is in view", inView(atFault));
        assertEquals(atFault, browser.switchTo().activeElement());
    }

    @Test
    public void anEndedSessionSaysSoAndKeepsWhatWasTyped() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MELEC", "chloe.girard", "Annexe session", "Câbler", List.of(),
                "PFMP session", "PERIOD_1", "2027-03-01", "2027-03-19");
        session.open("/#/fiches-liaison/" + setUp.placement());
        session.signIn("chloe.girard");
        session.waitFor(By.cssSelector("[data-form='place'] [name='companyName']"));
        type("companyName", "Élec Saône Services");
        type("sector", "Électricité du bâtiment");
        type("tutorName", "Anne Roche");
        // The session ends (expired, or closed elsewhere) while Chloé types.
        browser.manage().deleteAllCookies();
        session.click(By.cssSelector("[data-form='place'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-session-ended]"));
        session.signIn("chloe.girard");
        session.waitFor(By.cssSelector("[data-draft-restored]"));
        assertEquals("Élec Saône Services", browser.findElement(By.name("companyName")).getAttribute("value"));
        assertEquals("Anne Roche", browser.findElement(By.name("tutorName")).getAttribute("value"));
        session.click(By.cssSelector("[data-form='place'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-success='place']"));
        assertEquals("Élec Saône Services", api.expect("GET", "/api/v1/placements/" + setUp.placement(), teacher, null, 200)
                .get("place").get("companyName").asText());
    }

    @Test
    public void aConflictShowsBothVersionsAndASecondClickOverwritesNothing() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MELEC", "lucas.bonnet", "Annexe conflit", "Câbler", List.of(),
                "PFMP conflit", "PERIOD_1", "2027-04-05", "2027-04-23");
        String placement = "/api/v1/placements/" + setUp.placement();
        session.open("/#/fiches-liaison/" + setUp.placement());
        session.signIn("prof.melec");
        session.waitFor(By.cssSelector("[data-form='place'] [name='companyName']"));
        type("companyName", "Ma version SARL");
        type("sector", "Tertiaire");
        type("tutorName", "Luc Petit");

        // Meanwhile the learner saves the sheet.
        int version = api.expect("GET", placement, teacher, null, 200).get("version").asInt();
        api.expect("PUT", placement + "/place", api.signIn("lucas.bonnet", PASSWORD), "{\"companyName\":\"Leur version SA\",\"sector\":\"Industrie\","
                + "\"tutorName\":\"Eva Roux\",\"version\":" + version + "}", 200);

        session.click(By.cssSelector("[data-form='place'] button[type='submit']"));
        WebElement conflict = session.waitFor(By.cssSelector("[data-conflict]"));
        WebElement row = conflict.findElement(By.cssSelector("[data-conflict-field='companyName']"));
        assertTrue(row.getText(), row.getText().contains("Ma version SARL") && row.getText().contains("Leur version SA"));
        // A second click sends nothing: their values stay.
        session.click(By.cssSelector("[data-form='place'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-conflict]"));
        assertEquals("Leur version SA", api.expect("GET", placement, teacher, null, 200).get("place").get("companyName").asText());
        // Kept knowingly, then saved.
        session.click(By.cssSelector("[data-action='keep-mine']"));
        session.click(By.cssSelector("[data-form='place'] button[type='submit']"));
        session.waitFor(By.cssSelector("[data-success='place']"));
        assertEquals("Ma version SARL", api.expect("GET", placement, teacher, null, 200).get("place").get("companyName").asText());
    }

    @Test
    public void leavingAChangedTabAsksFirstAndEscapeClosesADialog() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MSPC", "adam.fournier", "Annexe départ", "Observer", List.of(),
                "PFMP départ", "PERIOD_1", "2027-05-03", "2027-05-21");
        session.open("/#/fiches-liaison/" + setUp.placement());
        session.signIn("prof.mspc");
        session.waitFor(By.cssSelector("[data-form='place'] [name='companyName']"));
        type("companyName", "Pas encore enregistré");
        session.click(By.cssSelector("[data-tab='objectifs']"));
        org.openqa.selenium.Alert question = leaveQuestion();
        assertTrue(question.getText(), question.getText().contains("ne sont pas enregistrées"));
        question.dismiss();
        assertEquals("the page and what was typed stay", "Pas encore enregistré", browser.findElement(By.name("companyName")).getAttribute("value"));
        assertTrue(browser.getCurrentUrl(), !browser.getCurrentUrl().endsWith("/objectifs"));
        session.click(By.cssSelector("[data-tab='objectifs']"));
        leaveQuestion().accept();
        session.waitFor(By.cssSelector("[data-tab-panel='objectifs']"));

        // Escape closes the question of a period's deletion.
        session.open("/#/periodes?niveau=" + setUp.level() + "&periode=" + setUp.period());
        session.click(By.cssSelector("[data-action='delete-period']"));
        WebElement confirm = session.waitFor(By.cssSelector("[data-confirm='delete-period']"));
        confirm.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .until(d -> d.findElements(By.cssSelector("[data-confirm='delete-period']")).isEmpty());
        assertEquals(200, api.send("GET", "/api/v1/periods/" + setUp.period(), teacher, null, null).statusCode());
    }

    /** The browser's question before leaving unsaved changes, once it shows. */
    private org.openqa.selenium.Alert leaveQuestion() {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
    }

    private Object rect(WebElement element) {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); const h = document.querySelector('.site-header').getBoundingClientRect();"
                + " return 'field ' + Math.round(r.top) + '-' + Math.round(r.bottom) + ', header ' + Math.round(h.height) + ', screen ' + window.innerHeight;",
                element);
    }

    private boolean inView(WebElement element) {
        Object inside = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", element);
        return Boolean.TRUE.equals(inside);
    }

    private void type(String name, String text) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }
}
