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
 * Issue 11 as its users meet it (item 12), in a real browser against the distribution with its sample data: a learner
 * on a 390 px phone fills a tab of their maintenance portfolio (autosave, a refused field, coordinates typed); a
 * conflict keeps both sides; the tutor opens the e-mailed link and reads the portfolio; the master comments an
 * apprentice's weekly sheet; the export downloads. Activity sheets: {@link ActivitySheetsBrowserIT}.
 */
public class FollowUpBrowserIT {

    private static final String PASSWORD = SampleDataBrowser.PASSWORD;
    private static final Duration SAVE = Duration.ofSeconds(15);
    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.rule("follow-up-browser-it", "18219");
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final WebDriver browser = session.browser;
    private final Api api = session.api();



    private String portfolioText(String token, long placement) {
        try {
            return api.expect("GET", "/api/v1/placements/" + placement + "/portfolio", token, null, 200).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void aLearnerFillsTheirPortfolioOnAPhoneAndTheTutorReadsIt() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MSPC", "lea.petit", "Annexe portfolio", "Participer à la maintenance",
                List.of("A1T1"), "PFMP portfolio", "PERIOD_2", "2027-05-03", "2027-05-21");

        session.phoneSize(true);
        session.open("/#/suivi/" + setUp.placement());
        session.signIn("lea.petit");
        session.waitFor(By.cssSelector("[data-page='follow-up'][data-kind='MAINTENANCE_PORTFOLIO']"));
        WebElement activity = session.waitFor(By.name("activiteEntreprise"));
        activity.sendKeys("Fabrication de pièces mécaniques pour l'aéronautique.");
        browser.findElement(By.name("nombreEmployes")).sendKeys("120");
        session.awaitSaved("presenterEntreprise");
        session.assertNoSidewaysScrolling();
        // A word where a number goes: the page is refused, and what was typed beside it survives a reload.
        WebElement employees = browser.findElement(By.name("nombreEmployes"));
        employees.clear();
        employees.sendKeys("cent vingt");
        browser.findElement(By.name("historique")).sendKeys("Créée en 1990.");
        session.waitFor(By.cssSelector("[data-doc-page='presenterEntreprise'] [data-save-state='error']"));
        browser.navigate().refresh();
        new WebDriverWait(browser, SAVE).until(d -> d.findElement(By.name("historique")).getAttribute("value").contains("Créée en 1990."));
        employees = browser.findElement(By.name("nombreEmployes"));
        employees.clear();
        employees.sendKeys("120");
        session.awaitSaved("presenterEntreprise");
        assertTrue(portfolioText(teacher, setUp.placement()).contains("Créée en 1990."));
        // The first page leads to the next one at its foot, not to a previous one.
        assertTrue(session.waitFor(By.cssSelector("[data-tab-pager] [data-action='next-page']")).getText().contains("Page suivante"));
        assertTrue(browser.findElements(By.cssSelector("[data-tab-pager] [data-action='prev-page']")).isEmpty());

        // « Commentaires », a page of comments only: no save state (nothing to save there), no hint meant for the teacher.
        session.click(By.cssSelector("[data-tab='commentaires']"));
        WebElement comments = session.waitFor(By.cssSelector("[data-doc-page='commentaires']"));
        assertTrue(comments.findElements(By.cssSelector("[data-save-state]")).isEmpty());
        assertTrue(comments.findElements(By.cssSelector("[data-read-only]")).isEmpty());
        assertFalse(comments.getText(), comments.getText().contains("Vous pouvez laisser un commentaire"));
        // Reloaded on that tab, far to the right of the strip: the current tab is scrolled into view.
        browser.navigate().refresh();
        WebElement current = session.waitFor(By.cssSelector(".tabs [data-tab='commentaires']"));
        Object inView = session.js("const r = arguments[0].getBoundingClientRect(); const box = document.querySelector('.tabs').getBoundingClientRect();"
                + " return r.left >= box.left - 1 && r.right <= box.right + 1;", current);
        assertEquals("the current tab is in view", Boolean.TRUE, inView);
        // « Mes périodes »: a portfolio is named as such, with neither activity sheets nor « 0 fiche ».
        session.open("/#/mes-periodes");
        WebElement folder = session.waitFor(By.cssSelector("[data-learner-folders] [data-action='open-follow-up'][href='#/suivi/" + setUp.placement() + "']"));
        assertEquals("Portfolio", folder.getText());
        assertTrue(browser.findElements(By.cssSelector("[data-learner-folders] [data-action='open-sheets']")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[data-learner-folders] [data-sheet-count]")).isEmpty());
        session.open("/#/suivi/" + setUp.placement());
        session.waitFor(By.name("activiteEntreprise"));

        // « Bilan personnel »: the learner's own review of the period.
        session.click(By.cssSelector("[data-tab='bilan-personnel']"));
        session.waitFor(By.name("pointsForts")).sendKeys("Ponctualité, travail soigné.");
        session.awaitSaved("bilanPersonnel");

        // « Géolocaliser l'entreprise »: no tile server (the default), a click on the blank map places the marker.
        session.click(By.cssSelector("[data-tab='geolocaliserEntreprise']"));
        WebElement map = session.waitFor(By.cssSelector("[data-doc-page='geolocaliserEntreprise'] [data-map='blank']"));
        map.click();
        new WebDriverWait(browser, SAVE).until(d -> !d.findElement(By.name("localisation.latitude")).getAttribute("value").isEmpty());
        assertEquals(1, browser.findElements(By.cssSelector("[data-doc-page='geolocaliserEntreprise'] path.leaflet-interactive")).size());
        session.awaitSaved("geolocaliserEntreprise");
        // Coordinates typed at a phone's speed are kept as typed, and saved once the box is left.
        WebElement latitude = browser.findElement(By.name("localisation.latitude"));
        latitude.clear();
        latitude.sendKeys("45,7512");
        browser.findElement(By.name("localisation.longitude")).click();
        assertEquals("45,7512", latitude.getAttribute("value"));
        new WebDriverWait(browser, SAVE).until(d -> portfolioText(teacher, setUp.placement()).contains("45.7512"));
        assertTrue("nothing but the platform's own images", ((Number) session.js("return performance.getEntriesByType('resource')"
                + ".filter(e => !e.name.startsWith(location.origin)).length")).intValue() == 0);

        // « Présenter une activité »: a tile, ticked for the export, and the counter.
        session.click(By.cssSelector("[data-tab='presenterActivite']"));
        session.click(By.cssSelector("[data-doc-page='presenterActivite'] [data-action='add-entry']"));
        session.waitFor(By.name("activitesMaintenance[0].titre")).sendKeys("Remplacement d'une courroie de convoyeur");
        session.click(By.name("activitesMaintenance[0].selectionExport"));
        session.awaitSaved("presenterActivite");
        assertEquals("1 activité", browser.findElement(By.cssSelector("[data-counter='activitesMaintenance']")).getText());
        assertTrue(browser.findElement(By.cssSelector("[data-entry='0']")).getText().contains("Sélectionnée pour l'export"));
        // Saved on the server, read back as the teacher.
        JsonNode portfolio = api.expect("GET", "/api/v1/placements/" + setUp.placement() + "/portfolio", teacher, null, 200);
        assertTrue(portfolio.toString(), portfolio.get("edited").asBoolean());
        assertTrue(portfolio.toString(), portfolio.toString().contains("Remplacement d'une courroie de convoyeur"));

        // The tutor opens the e-mailed link and reads the portfolio, without a way to change it.
        long tutor = api.expect("POST", "/api/v1/placements/" + setUp.placement() + "/tutor", teacher,
                "{\"familyName\":\"MARTIN\",\"firstName\":\"Sophie\",\"email\":\"sophie.martin@usine.example\"}", 201).get("tutor").get("id").asLong();
        JsonNode issued = api.expect("POST", "/api/v1/placements/" + setUp.placement() + "/tutor/link", teacher, null, 201);
        api.awaitSent(teacher, tutor, issued.get("id").asLong());
        String mail = session.newestOutboxMail();
        assertTrue(mail, mail.contains("Sophie MARTIN"));
        String link = SampleDataBrowser.accessLink(mail);
        session.reset();
        session.phoneSize(true);
        browser.get(link);
        session.click(By.cssSelector("[data-trainer-documents] [data-action='open-follow-up']"));
        session.waitFor(By.cssSelector("[data-page='follow-up'] [data-read-only]"));
        session.waitForText(By.cssSelector("[data-doc-page='presenterEntreprise']"), "Fabrication de pièces mécaniques");
        assertTrue(browser.findElements(By.name("activiteEntreprise")).isEmpty());
        session.click(By.cssSelector("[data-tab='bilan-personnel']"));
        session.waitForText(By.cssSelector("[data-personal-review]"), "Ponctualité, travail soigné.");
        session.click(By.cssSelector("[data-tab='presenterActivite']"));
        session.click(By.cssSelector("[data-entry='0'] .entry-tile__head"));
        session.waitForText(By.cssSelector("[data-entry='0']"), "Remplacement d'une courroie de convoyeur");
        session.assertNoSidewaysScrolling();
    }

    @Test
    public void aConflictKeepsWhatTheLearnerTypedAndWhatTheOtherDeviceSaved() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MSPC", "lea.petit", "Annexe conflit", "Participer à la maintenance",
                List.of("A1T1"), "PFMP conflit", "PERIOD_2", "2027-09-06", "2027-09-24");
        String path = "/api/v1/placements/" + setUp.placement() + "/portfolio";

        session.phoneSize(true);
        session.open("/#/suivi/" + setUp.placement());
        session.signIn("lea.petit");
        session.waitFor(By.name("activiteEntreprise"));
        // Meanwhile the learner's other device saves the same page.
        String other = api.signIn("lea.petit", PASSWORD);
        JsonNode page = api.expect("GET", path, other, null, 200).get("pages").get(0);
        var values = (com.fasterxml.jackson.databind.node.ObjectNode) page.get("values").deepCopy();
        values.put("historique", "Fondée en 1962 à Rouen.");
        var body = Api.mapper().createObjectNode().put("version", page.get("version").asInt());
        body.set("values", values);
        api.expect("PUT", path + "/pages/presenterEntreprise", other, body.toString(), 200);

        browser.findElement(By.name("activiteEntreprise")).sendKeys("Usinage de précision.");
        WebElement conflict = session.waitFor(By.cssSelector("[data-doc-page='presenterEntreprise'] [data-conflict]"));
        assertTrue(conflict.getText(), conflict.getText().contains("Usinage de précision.") && conflict.getText().contains("Fondée en 1962 à Rouen."));
        assertEquals("what was typed is still in the field", "Usinage de précision.", browser.findElement(By.name("activiteEntreprise")).getAttribute("value"));
        session.assertNoSidewaysScrolling();
        session.click(By.cssSelector("[data-action='apply-merge']"));
        session.awaitSaved("presenterEntreprise");
        JsonNode saved = api.expect("GET", path, teacher, null, 200).get("pages").get(0).get("values");
        assertEquals(saved.toString(), "Usinage de précision.", saved.get("activiteEntreprise").asText());
        assertEquals(saved.toString(), "Fondée en 1962 à Rouen.", saved.get("historique").asText());
        assertEquals("Fondée en 1962 à Rouen.", browser.findElement(By.name("historique")).getAttribute("value"));
    }

    @Test
    public void theTeachersTableSaysThePortfolioWasEditedAndTheExportDownloads() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MSPC", "lea.petit", "Annexe export", "Participer à la maintenance",
                List.of("A1T1"), "PFMP export", "PERIOD_2", "2027-06-07", "2027-06-25");
        String learner = api.signIn("lea.petit", PASSWORD);
        JsonNode page = api.expect("GET", "/api/v1/placements/" + setUp.placement() + "/portfolio", learner, null, 200).get("pages").get(4);
        assertEquals("presenterActivite", page.get("page").get("code").asText());
        api.expect("PUT", "/api/v1/placements/" + setUp.placement() + "/portfolio/pages/presenterActivite", learner,
                "{\"version\":" + page.get("version").asInt() + ",\"values\":{\"activitesMaintenance\":[{\"titre\":\"Graissage des paliers\","
                + "\"selectionExport\":true}]}}", 200);

        // The teacher's table: the portfolio was edited.
        session.reset();
        session.open("/#/periodes?niveau=" + setUp.level() + "&periode=" + setUp.period());
        session.signIn("prof.mspc");
        session.waitFor(By.cssSelector("[data-selected-period] [data-portfolio-edited='true']"));
        assertTrue("a portfolio is not counted in activity sheets", browser.findElements(By.cssSelector("[data-selected-period] [data-sheet-count]")).isEmpty());

        // « Commentaires »: the teacher comments, so is not told « Consultation seule. »; an empty comment says why it is not added.
        session.open("/#/suivi/" + setUp.placement() + "/commentaires");
        WebElement comments = session.waitFor(By.cssSelector("[data-doc-page='commentaires']"));
        assertTrue(comments.findElements(By.cssSelector("[data-read-only]")).isEmpty());
        assertTrue(comments.getText(), comments.getText().contains("Vous pouvez laisser un commentaire"));
        session.click(By.cssSelector("[data-doc-page='commentaires'] [data-action='add-comment']"));
        session.waitForText(By.cssSelector("[data-doc-page='commentaires'] [data-field-error='comment']"), "Écrivez votre commentaire avant de l’ajouter.");
        session.waitFor(By.cssSelector("[data-doc-page='commentaires'] [data-field-type='COMMENTS'] textarea")).sendKeys("Pense à dater tes bons de travail.");
        session.click(By.cssSelector("[data-doc-page='commentaires'] [data-action='add-comment']"));
        session.waitFor(By.cssSelector("[data-doc-page='commentaires'] [data-comment]"));
        // The learner sees there is a comment to read, on the tab itself.
        session.reset();
        session.open("/#/suivi/" + setUp.placement());
        session.signIn("lea.petit");
        session.waitForText(By.cssSelector(".tabs [data-tab='commentaires']"), "(1)");
        session.reset();
        session.open("/#/periodes?niveau=" + setUp.level() + "&periode=" + setUp.period());
        session.signIn("prof.mspc");
        session.waitFor(By.cssSelector("[data-selected-period] [data-portfolio-edited='true']"));

        // The export downloads, with the teacher's session.
        session.click(By.cssSelector("[data-selected-period] [data-action='open-follow-up']"));
        session.click(By.cssSelector("[data-export-menu] summary"));
        String href = session.waitFor(By.cssSelector("[data-export='pdf']")).getAttribute("href");
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], { credentials: 'same-origin' }).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + b.byteLength)), e => done(String(e)));", href);
        assertTrue("export: " + answer, String.valueOf(answer).startsWith("200 application/pdf"));

    }

    @Test
    public void theMasterCommentsAnApprenticesWeeklySheet() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "CAP_ELEC", "yanis.fontaine", "Annexe journal", "Poser des goulottes",
                List.of("TA 1-1"), "Période journal", "OTHER", "2027-05-03", "2027-05-21");

        // The apprentice wrote week 18 of the logbook.
        String apprentice = api.signIn("yanis.fontaine", PASSWORD);
        int version = 0;
        for (JsonNode logbookPage : api.expect("GET", "/api/v1/placements/" + setUp.placement() + "/portfolio", apprentice, null, 200).get("pages")) {
            if (logbookPage.get("page").get("code").asText().equals("activitesHebdomadaires")) version = logbookPage.get("version").asInt();
        }
        api.expect("PUT", "/api/v1/placements/" + setUp.placement() + "/portfolio/pages/activitesHebdomadaires", apprentice,
                "{\"version\":" + version + ",\"values\":{\"semaines\":{\"2027-W18\":{\"activitesSemaine\":\"Pose de goulottes.\"}}}}", 200);

        session.phoneSize(true);
        session.open("/#/mes-periodes");
        session.signIn("maitre.lefebvre");
        WebElement logbook = session.waitFor(By.cssSelector("[data-learner-folders='" + setUp.learner() + "'] [data-action='open-follow-up'][href='#/suivi/" + setUp.placement() + "']"));
        session.waitForText(logbook, "Journal de bord et fiches hebdomadaires");
        logbook.click();
        session.waitFor(By.cssSelector("[data-page='follow-up'][data-kind='APPRENTICE_LOGBOOK']"));
        session.click(By.cssSelector("[data-tab='fiches']"));
        WebElement weekly = session.waitFor(By.cssSelector("[data-sheet-title^='Fiche activité : semaine 18']"));
        assertTrue(weekly.getText(), weekly.getText().contains("Dernière modification le ") && !weekly.getText().contains("[dernière"));
        // Week 19, not written: nothing new to read.
        WebElement unwritten = browser.findElement(By.cssSelector("[data-sheet-title^='Fiche activité : semaine 19'] [data-read-state]"));
        assertEquals("unwritten", unwritten.getAttribute("data-read-state"));
        assertTrue(unwritten.getText(), unwritten.getText().contains("Pas encore rédigée"));
        weekly.findElement(By.cssSelector("[data-action='open-sheet']")).click();
        session.waitFor(By.cssSelector("[data-page='sheet']"));
        // A weekly sheet is one page: the week's entry of the logbook, then the master's comments; an empty one is refused.
        session.click(By.cssSelector("[data-page='sheet'] [data-action='add-comment']"));
        session.waitForText(By.cssSelector("[data-page='sheet'] [data-field-error='comment']"), "Écrivez votre commentaire avant de l’ajouter.");
        WebElement box = session.waitFor(By.cssSelector("[data-page='sheet'] [data-field-type='COMMENTS'] textarea"));
        box.sendKeys("Bonne semaine : goulottes posées proprement.");
        session.click(By.cssSelector("[data-page='sheet'] [data-action='add-comment']"));
        session.waitForText(By.cssSelector("[data-page='sheet']"), "Bonne semaine : goulottes posées proprement.");
        WebElement comment = session.waitFor(By.cssSelector("[data-comment]"));
        assertTrue(comment.getText(), comment.getText().contains("Maître d’apprentissage"));
        assertFalse("a master writes no sheet", browser.findElements(By.cssSelector("[data-save-state]")).stream().anyMatch(WebElement::isDisplayed));
        session.assertNoSidewaysScrolling();
    }
}
