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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11, item 5, as its users meet it: the apprenticeship booklet (livret d'apprentissage) of Yanis, the sample
 * apprentice. His master, on a 390 px phone, fills « Progression prévue en entreprise » (autosave) and only reads
 * « Suivi des visites en entreprise »; the referent teacher writes a visit; Yanis reads both and writes his « Projet
 * d'orientation ». Each step is checked in what the server stored, through the API. A pupil has no booklet; a conflict
 * keeps what was typed and what the other phone saved.
 */
public class BookletBrowserIT {

    private static final String PASSWORD = SampleDataBrowser.PASSWORD;
    private static final Duration SAVE = Duration.ofSeconds(15);
    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.rule("booklet-browser-it", "18213");
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final WebDriver browser = session.browser;
    private final Api api = session.api();



    /** Date inputs take their value in the browser's locale when typed: set it as the page's script would. */
    private static void setDate(By selector, String iso) {
        WebElement input = session.waitFor(selector);
        session.js("const i = arguments[0]; i.value = arguments[1]; i.dispatchEvent(new Event('input', { bubbles: true }));", input, iso);
    }

    /** The tabs marked « à rédiger par vous », in their order. */
    @SuppressWarnings("unchecked")
    private static List<String> writableTabs() {
        return (List<String>) session.js("return [...document.querySelectorAll('[data-page=booklet] [data-tab]')]"
                + ".filter(a => a.querySelector('[data-writable-mark]')).map(a => a.getAttribute('data-tab'));");
    }

    /** One section of the booklet as the server stores it, read with {@code token}. */
    private JsonNode section(String token, long learner, String code) throws Exception {
        for (JsonNode page : api.expect("GET", "/api/v1/learners/" + learner + "/booklet", token, null, 200).get("pages")) {
            if (page.get("page").get("code").asText().equals(code)) {
                return page;
            }
        }
        throw new AssertionError("no section " + code);
    }

    private long learner(String token, String login) throws Exception {
        return Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment(token) + "/learners", token, null, 200), "login", login);
    }

    private long establishment(String token) throws Exception {
        return api.expect("GET", "/api/v1/me", token, null, 200).get("establishment").get("id").asLong();
    }

    /** The class level of {@code referential} in the sample establishment (its view by learners). */
    private long level(String token, String referential) throws Exception {
        return Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment(token) + "/class-levels", token, null, 200),
                "referentialCode", referential);
    }

    /** The section shown, with its writer's word, in the booklet page. */
    private static WebElement writer(String section) {
        return session.waitFor(By.cssSelector("[data-booklet-section='" + section + "'] [data-section-writer]"));
    }

    @Test
    public void theMasterTheTeacherAndTheApprenticeEachWriteTheirSectionsAndReadTheOthers() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        String master = api.signIn("maitre.lefebvre", PASSWORD);
        long yanis = learner(teacher, "yanis.fontaine");

        // The master, on his phone: « Mes apprentis » → Yanis's booklet.
        session.phoneSize(true);
        session.open("/#/mes-periodes");
        session.signIn("maitre.lefebvre");
        session.click(By.cssSelector("[data-learner-folders='" + yanis + "'] [data-action='open-booklet']"));
        session.waitFor(By.cssSelector("[data-page='booklet'][data-learner='" + yanis + "']"));
        // The first section, the contacts, is the team's: he reads it, and is told who writes it.
        WebElement contacts = writer("contacts");
        assertEquals("team", contacts.getAttribute("data-section-writer"));
        assertEquals("false", contacts.getAttribute("data-writable"));
        assertTrue(contacts.getText(), contacts.getText().contains("Rédigé par l’équipe pédagogique"));
        assertEquals(List.of("progressionEntreprise", "entretiens"), writableTabs());

        // « Progression prévue en entreprise »: his, filled on the phone and saved while he types.
        session.click(By.cssSelector("[data-tab='progressionEntreprise']"));
        WebElement his = writer("progressionEntreprise");
        assertEquals("true", his.getAttribute("data-writable"));
        assertTrue(his.getText(), his.getText().contains("Rédigé par le maître d’apprentissage"));
        session.click(By.cssSelector("[data-doc-page='progressionEntreprise'] [data-action='add-entry']"));
        session.waitFor(By.cssSelector("[data-doc-page='progressionEntreprise'] [name='etapes[0].periode']")).sendKeys("Septembre à décembre");
        browser.findElement(By.cssSelector("[data-doc-page='progressionEntreprise'] [name='etapes[0].activites']"))
                .sendKeys("Pose de goulottes et de chemins de câbles, tirage des câbles.");
        session.awaitSaved("progressionEntreprise");
        session.assertNoSidewaysScrolling();
        JsonNode progression = section(teacher, yanis, "progressionEntreprise");
        assertEquals(progression.toString(), "Septembre à décembre", progression.get("values").get("etapes").get(0).get("periode").asText());
        assertEquals(progression.toString(), "Pose de goulottes et de chemins de câbles, tirage des câbles.",
                progression.get("values").get("etapes").get(0).get("activites").asText());
        assertTrue(progression.toString(), progression.get("version").asInt() >= 1);

        // « Suivi des visites en entreprise »: the team's, read-only for him, and refused by the server too.
        session.click(By.cssSelector("[data-tab='visites']"));
        WebElement visits = writer("visites");
        assertEquals("false", visits.getAttribute("data-writable"));
        assertTrue(visits.getText(), visits.getText().contains("Rédigé par l’équipe pédagogique"));
        session.waitForText(By.cssSelector("[data-doc-page='visites'] [data-read-only]"), "Consultation seule.");
        assertTrue(browser.findElements(By.cssSelector("[data-doc-page='visites'] [data-action='add-entry']")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[data-doc-page='visites'] input, [data-doc-page='visites'] textarea")).isEmpty());
        session.assertNoSidewaysScrolling();
        api.expect("PUT", "/api/v1/learners/" + yanis + "/booklet/pages/visites", master, "{\"values\":{},\"version\":0}", 403);

        // The referent teacher, from the view by learners: reads the master's progression, writes a visit.
        session.reset();
        session.open("/#/periodes?niveau=" + level(teacher, "CAP_ELEC") + "&vue=apprenants&apprenant=" + yanis);
        session.signIn("prof.melec");
        session.click(By.cssSelector("[data-learner-folders='" + yanis + "'] [data-action='open-booklet']"));
        session.waitFor(By.cssSelector("[data-page='booklet'][data-learner='" + yanis + "']"));
        assertEquals(List.of("contacts", "positionnement", "avisEquipe", "progressionCentre", "documents", "syntheseEtapes", "entretiens", "visites"),
                writableTabs());
        session.click(By.cssSelector("[data-tab='progressionEntreprise']"));
        assertEquals("false", writer("progressionEntreprise").getAttribute("data-writable"));
        session.waitForText(By.cssSelector("[data-doc-page='progressionEntreprise']"), "Pose de goulottes et de chemins de câbles");
        session.click(By.cssSelector("[data-tab='visites']"));
        assertEquals("true", writer("visites").getAttribute("data-writable"));
        session.click(By.cssSelector("[data-doc-page='visites'] [data-action='add-entry']"));
        setDate(By.cssSelector("[data-doc-page='visites'] [name='visites[0].date']"), "2027-01-15");
        browser.findElement(By.cssSelector("[data-doc-page='visites'] [name='visites[0].visiteur']")).sendKeys("M. Durand, professeur référent");
        browser.findElement(By.cssSelector("[data-doc-page='visites'] [name='visites[0].observations']"))
                .sendKeys("Apprenti bien intégré à l'équipe ; poursuivre la lecture de schémas.");
        session.awaitSaved("visites");
        JsonNode visit = section(master, yanis, "visites").get("values").get("visites").get(0);
        assertEquals(visit.toString(), "2027-01-15", visit.get("date").asText());
        assertEquals(visit.toString(), "M. Durand, professeur référent", visit.get("visiteur").asText());
        // A second visit with no visitor yet: its tile is named by what it says, not « Entrée 2 (sans titre) »; removed after a question.
        session.click(By.cssSelector("[data-doc-page='visites'] [data-action='add-entry']"));
        session.waitFor(By.cssSelector("[data-doc-page='visites'] [name='visites[1].observations']")).sendKeys("Tableau posé avec le tuteur.\nÀ revoir : repérage.");
        session.waitForText(By.cssSelector("[data-doc-page='visites'] [data-entry='1'] .entry-tile__title"), "Tableau posé avec le tuteur.");
        session.click(By.cssSelector("[data-doc-page='visites'] [data-entry='1'] [data-action='remove-entry']"));
        assertEquals(2, browser.findElements(By.cssSelector("[data-doc-page='visites'] [data-entry]")).size());
        session.click(By.cssSelector("[data-doc-page='visites'] [data-action='confirm-remove-entry']"));
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("[data-doc-page='visites'] [data-entry]")).size() == 1);
        session.awaitSaved("visites");
        // The next section is one link away at the foot of the page.
        assertTrue(session.waitFor(By.cssSelector("[data-tab-pager] [data-action='prev-page']")).getText().contains("Page précédente"));
        // « Retour » brings him back to Yanis in the view by learners, through the tabs he opened.
        session.click(By.cssSelector("[data-action='back']"));
        session.waitFor(By.cssSelector("[data-page='periods'] [data-learner-folders='" + yanis + "']"));

        // Yanis, on his phone: his home leads to his booklet; he reads both, and writes his orientation project.
        session.reset();
        session.phoneSize(true);
        session.open("/#/connexion");
        session.signIn("yanis.fontaine");
        session.click(By.cssSelector("[data-home-link='booklet'] a"));
        session.waitFor(By.cssSelector("[data-page='booklet'][data-learner='" + yanis + "']"));
        assertEquals(List.of("bilanFormation", "projetOrientation"), writableTabs());
        session.click(By.cssSelector("[data-tab='progressionEntreprise']"));
        session.waitForText(By.cssSelector("[data-doc-page='progressionEntreprise']"), "Septembre à décembre");
        assertFalse(browser.findElement(By.cssSelector("[data-doc-page='progressionEntreprise']")).findElements(By.cssSelector("input, textarea"))
                .stream().anyMatch(WebElement::isDisplayed));
        session.click(By.cssSelector("[data-tab='visites']"));
        session.waitForText(By.cssSelector("[data-doc-page='visites']"), "Apprenti bien intégré à l'équipe");
        session.waitForText(By.cssSelector("[data-doc-page='visites']"), "15/01/2027");
        session.click(By.cssSelector("[data-tab='projetOrientation']"));
        WebElement own = writer("projetOrientation");
        assertEquals("apprentice", own.getAttribute("data-section-writer"));
        assertTrue(own.getText(), own.getText().contains("Rédigé par l’apprenti"));
        session.waitFor(By.cssSelector("[data-doc-page='projetOrientation'] [name='projet']"))
                .sendKeys("Poursuivre en Bac Pro MELEC en apprentissage, dans la même entreprise.");
        session.awaitSaved("projetOrientation");
        session.assertNoSidewaysScrolling();
        JsonNode project = section(master, yanis, "projetOrientation");
        assertEquals(project.toString(), "Poursuivre en Bac Pro MELEC en apprentissage, dans la même entreprise.",
                project.get("values").get("projet").asText());
        // « Mes périodes » leads there too.
        session.js("window.location.hash = '#/mes-periodes';");
        session.waitFor(By.cssSelector("[data-learner-folders='" + yanis + "'] [data-action='open-booklet']"));
    }

    @Test
    public void aPupilHasNoBooklet() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long chloe = learner(teacher, "chloe.girard");
        // The staff's view by learners: the folders of a pupil, without the booklet.
        session.open("/#/periodes?niveau=" + level(teacher, "MELEC") + "&vue=apprenants&apprenant=" + chloe);
        session.signIn("prof.melec");
        session.waitFor(By.cssSelector("[data-learner-folders='" + chloe + "'] [data-action='open-follow-up']"));
        assertTrue(browser.findElements(By.cssSelector("[data-action='open-booklet']")).isEmpty());
        // Opened by its address, the server's French answer.
        session.js("window.location.hash = arguments[0];", "#/livret/" + chloe);
        session.waitForText(By.cssSelector("[data-page='booklet'] [data-error-status='400']"), "Le livret d'apprentissage est celui des apprentis");

        // The pupil herself: neither on her home nor beside her folders, once her record has answered.
        session.reset();
        session.open("/#/mes-periodes");
        session.signIn("chloe.girard");
        session.waitFor(By.cssSelector("[data-learner-folders='" + chloe + "'] [data-action='open-follow-up']"));
        new WebDriverWait(browser, SAVE).until(d -> (Boolean) session.js("return performance.getEntriesByType('resource')"
                + ".some(e => e.name.endsWith('/api/v1/learners/' + arguments[0]) && e.responseEnd > 0);", chloe));
        assertTrue(browser.findElements(By.cssSelector("[data-action='open-booklet']")).isEmpty());
        session.js("window.location.hash = '#/';");
        session.waitFor(By.cssSelector("[data-home-link='my-periods']"));
        assertTrue(browser.findElements(By.cssSelector("[data-home-link='booklet']")).isEmpty());
    }

    @Test
    public void whatTheApprenticeTypedAndWhatHisOtherPhoneSavedAreBothKept() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long yanis = learner(teacher, "yanis.fontaine");
        String path = "/api/v1/learners/" + yanis + "/booklet/pages/bilanFormation";

        session.phoneSize(true);
        session.open("/#/livret/" + yanis + "/bilanFormation");
        session.signIn("yanis.fontaine");
        WebElement learnt = session.waitFor(By.cssSelector("[data-doc-page='bilanFormation'] [name='acquis']"));
        // Meanwhile his other phone saves the same section.
        String other = api.signIn("yanis.fontaine", PASSWORD);
        JsonNode before = section(other, yanis, "bilanFormation");
        api.expect("PUT", path, other, "{\"version\":" + before.get("version").asInt() + ",\"values\":{\"difficultes\":\"Lire les schémas unifilaires.\"}}", 200);

        learnt.sendKeys("Câbler un tableau divisionnaire.");
        WebElement conflict = session.waitFor(By.cssSelector("[data-doc-page='bilanFormation'] [data-conflict]"));
        assertTrue(conflict.getText(), conflict.getText().contains("Câbler un tableau divisionnaire.") && conflict.getText().contains("Lire les schémas unifilaires."));
        assertEquals("what was typed is still in the field", "Câbler un tableau divisionnaire.", learnt.getAttribute("value"));
        session.assertNoSidewaysScrolling();
        session.click(By.cssSelector("[data-doc-page='bilanFormation'] [data-action='apply-merge']"));
        session.awaitSaved("bilanFormation");
        JsonNode saved = section(teacher, yanis, "bilanFormation").get("values");
        assertEquals(saved.toString(), "Câbler un tableau divisionnaire.", saved.get("acquis").asText());
        assertEquals(saved.toString(), "Lire les schémas unifilaires.", saved.get("difficultes").asText());
        assertEquals("Lire les schémas unifilaires.", browser.findElement(By.cssSelector("[data-doc-page='bilanFormation'] [name='difficultes']")).getAttribute("value"));
    }

    /** A small real PDF: the alternance calendar the team attaches (the platform judges a file's type by its bytes). */
    private static java.nio.file.Path calendar() throws Exception {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("booklet").resolve("calendrier-alternance.pdf");
        java.nio.file.Files.writeString(file, body, java.nio.charset.StandardCharsets.ISO_8859_1);
        return file;
    }

    @Test
    public void theTeamAttachesTheAlternanceCalendarAndTheMasterDownloadsIt() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long yanis = learner(teacher, "yanis.fontaine");

        session.open("/#/livret/" + yanis + "/documents");
        session.signIn("prof.melec");
        session.waitFor(By.cssSelector("[data-doc-page='documents'] [data-field='calendrier']"));
        browser.findElement(By.cssSelector("[data-doc-page='documents'] [data-upload='calendrier']")).sendKeys(calendar().toString());
        session.waitForText(By.cssSelector("[data-doc-page='documents'] [data-field='calendrier'] [data-file]"), "calendrier-alternance.pdf");
        session.awaitSaved("documents");
        JsonNode stored = section(teacher, yanis, "documents").get("values").get("calendrier");
        assertEquals(stored.toString(), 1, stored.size());

        // The master, on his phone, reads it in « Documents de référence » and downloads it with his session.
        session.reset();
        session.phoneSize(true);
        session.open("/#/livret/" + yanis + "/documents");
        session.signIn("maitre.lefebvre");
        WebElement link = session.waitFor(By.cssSelector("[data-doc-page='documents'] [data-field='calendrier'] [data-file] a"));
        session.waitForText(link, "calendrier-alternance.pdf");
        assertTrue(browser.findElements(By.cssSelector("[data-doc-page='documents'] [data-upload]")).isEmpty());
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], { credentials: 'same-origin' }).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + b.byteLength)), e => done(String(e)));",
                link.getAttribute("href"));
        assertTrue("download: " + answer, String.valueOf(answer).startsWith("200 application/pdf"));
        session.assertNoSidewaysScrolling();
    }
}
