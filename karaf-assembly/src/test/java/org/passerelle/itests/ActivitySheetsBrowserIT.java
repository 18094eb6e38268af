package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Activity sheets (issue 11, item 3; guide 001) as their users meet them, in a real browser against the distribution
 * with its sample data: the learner starts, fills, renames and deletes a sheet on a 390 px phone, the teacher sees it
 * green, black, then red, and links tasks and criteria; two teachers linking one sheet at once keep both choices; a
 * photo taken on the phone goes into the annexes and the teacher downloads it.
 */
public class ActivitySheetsBrowserIT {

    private static final String PASSWORD = SampleDataBrowser.PASSWORD;
    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.rule("activity-sheets-browser-it", "18221");
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final WebDriver browser = session.browser;
    private final Api api = session.api();

    /** A real small photo (PNG, 24×16 px). */
    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (x * 10) << 16 | (y * 15) << 8 | 0x40);
            }
        }
        Path file = Files.createTempDirectory("photo").resolve("tableau-electrique.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    public void activitySheetsTurnFromGreenToBlackToRedAndTheTeacherLinksThem() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MELEC", "chloe.girard", "Annexe fiches", "Câbler un tableau",
                List.of(), "PFMP fiches", "PERIOD_2", "2027-05-03", "2027-05-28");

        // The learner, on a phone: a new sheet, its context, its description, a photo.
        session.phoneSize(true);
        session.open("/#/suivi/" + setUp.placement() + "/fiches");
        session.signIn("chloe.girard");
        session.waitFor(By.cssSelector("[data-form='sheet'] [name='title']")).sendKeys("Pose d'un tableau électrique");
        session.click(By.cssSelector("[data-form='sheet'] button[type='submit']"));
        WebElement page = session.waitFor(By.cssSelector("[data-page='sheet']"));
        long sheet = Long.parseLong(page.getAttribute("data-sheet"));
        session.waitFor(By.name("titre")).sendKeys("Pose d'un tableau électrique");
        session.click(By.cssSelector("[name='conditions'][value='accompagne']"));
        session.awaitSaved("contexte");
        session.click(By.cssSelector("[data-tab='fiche']"));
        session.waitFor(By.name("description")).sendKeys("J'ai posé et câblé un tableau de répartition avec mon tuteur.");
        session.awaitSaved("fiche");
        session.assertNoSidewaysScrolling();

        // The teacher: green (« Nouveau »), opened, then black (« Lu »).
        session.reset();
        session.open("/#/suivi/" + setUp.placement() + "/fiches");
        session.signIn("prof.melec");
        WebElement row = session.waitFor(By.cssSelector("[data-sheet='" + sheet + "']"));
        String state = row.findElement(By.cssSelector("[data-read-state]")).getAttribute("data-read-state");
        assertTrue(state, state.equals("new") || state.equals("modified"));
        assertTrue(row.getText(), row.getText().contains("Nouveau") || row.getText().contains("Modifié"));
        session.click(By.cssSelector("[data-sheet='" + sheet + "'] [data-action='open-sheet']"));
        session.waitForText(By.cssSelector("[data-page='sheet']"), "Pose d'un tableau électrique");

        // « Relier au référentiel »: a task and a criterion to evaluate at the visit.
        session.click(By.cssSelector("[data-tab='relierReferentiel']"));
        session.waitFor(By.cssSelector("[data-sheet-link='edit']"));
        // The teacher links it: not « Consultation seule. »; each heading once.
        WebElement linkPage = browser.findElement(By.cssSelector("[data-doc-page='relierReferentiel']"));
        assertTrue(linkPage.findElements(By.cssSelector("[data-read-only]")).isEmpty());
        String linkText = linkPage.getText();
        assertEquals(linkText, 1, linkText.split("Compétences ou critères à évaluer", -1).length - 1);
        assertEquals(linkText, 1, linkText.split("Tâches mises en œuvre", -1).length - 1);
        assertTrue(linkText, linkText.contains("Tâches retenues par l’enseignant"));
        session.js("document.querySelectorAll('[data-sheet-link] details').forEach(d => d.open = true)");
        WebElement task = browser.findElements(By.cssSelector("[data-sheet-link] input[data-task]")).get(0);
        String taskCode = task.getAttribute("data-task");
        task.click();
        WebElement criterion = browser.findElements(By.cssSelector("[data-sheet-link] input[data-select-criterion]")).get(0);
        String criterionCode = criterion.getAttribute("data-select-criterion");
        criterion.click();
        session.click(By.cssSelector("[data-action='save-link']"));
        session.waitFor(By.cssSelector("[data-success='link']"));
        JsonNode linked = api.expect("GET", "/api/v1/sheets/" + sheet, teacher, null, 200);
        assertTrue(linked.toString(), linked.get("checkedTasks").toString().contains(taskCode));
        assertTrue(linked.toString(), linked.get("selections").toString().contains(criterionCode));

        session.click(By.cssSelector("[data-action='back']"));
        WebElement read = session.waitFor(By.cssSelector("[data-sheet='" + sheet + "'] [data-read-state]"));
        assertEquals("read", read.getAttribute("data-read-state"));
        assertEquals("✓ Lu", read.getText());

        // The learner deletes it (after a confirmation); the teacher sees it red, and still reads it.
        session.reset();
        session.phoneSize(true);
        session.open("/#/fiches-activites/" + sheet + "/fiche");
        session.signIn("chloe.girard");
        // A last word first and a better title: each moves the sheet's version, and the deletion still goes through.
        session.waitFor(By.name("analyseReflexive")).sendKeys("Je sais maintenant repérer les circuits.");
        session.awaitSaved("fiche");
        session.click(By.cssSelector("[data-action='rename-sheet']"));
        WebElement title = session.waitFor(By.cssSelector("[data-form='rename-sheet'] [name='title']"));
        title.clear();
        title.sendKeys("Tableau de répartition du garage");
        session.click(By.cssSelector("[data-action='save-title']"));
        session.waitForText(By.cssSelector("[data-page='sheet'] h1"), "Tableau de répartition du garage");
        assertEquals("Tableau de répartition du garage", api.expect("GET", "/api/v1/sheets/" + sheet, teacher, null, 200).get("summary").get("title").asText());
        session.click(By.cssSelector("[data-action='delete-sheet']"));
        session.click(By.cssSelector("[data-action='confirm-delete-sheet']"));
        session.waitFor(By.cssSelector("[data-sheet-list]"));
        assertTrue(browser.findElements(By.cssSelector("[data-sheet='" + sheet + "']")).isEmpty());

        session.reset();
        session.open("/#/suivi/" + setUp.placement() + "/fiches");
        session.signIn("prof.melec");
        WebElement deleted = session.waitFor(By.cssSelector("[data-sheet='" + sheet + "'] [data-read-state]"));
        assertEquals("deleted", deleted.getAttribute("data-read-state"));
        assertTrue(deleted.getText(), deleted.getText().contains("Supprimé par l’élève"));
        session.click(By.cssSelector("[data-sheet='" + sheet + "'] [data-action='open-sheet']"));
        session.waitFor(By.cssSelector("[data-deleted-notice]"));
    }

    @Test
    public void twoTeachersLinkingOneSheetAtOnceKeepBothChoices() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MELEC", "chloe.girard", "Annexe lien", "Câbler un tableau",
                List.of(), "PFMP lien", "PERIOD_2", "2027-09-06", "2027-09-24");
        long sheet = api.expect("GET", "/api/v1/placements/" + setUp.placement() + "/sheets", teacher, null, 200).get(0).get("id").asLong();

        // This teacher ticks a criterion on her phone…
        session.phoneSize(true);
        session.open("/#/fiches-activites/" + sheet + "/relierReferentiel");
        session.signIn("prof.melec");
        session.waitFor(By.cssSelector("[data-sheet-link='edit']"));
        session.js("document.querySelectorAll('[data-sheet-link] details').forEach(d => d.open = true)");
        List<WebElement> criteria = browser.findElements(By.cssSelector("[data-sheet-link] input[data-select-criterion]"));
        WebElement mine = criteria.get(0);
        String myCriterion = mine.getAttribute("data-select-criterion");
        mine.click();
        // …while a colleague, on another device, saves another competency to evaluate.
        String theirCompetency = browser.findElements(By.cssSelector("[data-sheet-link] input[data-select-competency]")).get(1).getAttribute("data-select-competency");
        JsonNode current = api.expect("GET", "/api/v1/sheets/" + sheet, teacher, null, 200);
        api.expect("PUT", "/api/v1/sheets/" + sheet + "/referential-link", teacher, "{\"version\":" + current.get("linkVersion").asInt()
                + ",\"checkedTasks\":[],\"selections\":[{\"competency\":\"" + theirCompetency + "\"}]}", 200);

        session.click(By.cssSelector("[data-action='save-link']"));
        WebElement conflict = session.waitFor(By.cssSelector("[data-link-conflict]"));
        assertTrue(conflict.getText(), conflict.getText().contains(theirCompetency));
        session.click(By.cssSelector("[data-action='merge-link']"));
        session.waitFor(By.cssSelector("[data-success='link']"));
        String saved = api.expect("GET", "/api/v1/sheets/" + sheet, teacher, null, 200).get("selections").toString();
        assertTrue("both choices kept: " + saved, saved.contains(myCriterion) && saved.contains("\"" + theirCompetency + "\""));
        session.assertNoSidewaysScrolling();
    }

    @Test
    public void aLearnerAddsAPhotoToAnActivitySheetFromTheirPhone() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MELEC", "chloe.girard", "Annexe photo", "Câbler un tableau",
                List.of(), "PFMP photo", "PERIOD_2", "2027-06-07", "2027-06-25");
        long sheet = api.expect("GET", "/api/v1/placements/" + setUp.placement() + "/sheets", teacher, null, 200).get(0).get("id").asLong();

        session.phoneSize(true);
        session.open("/#/fiches-activites/" + sheet + "/annexes");
        session.signIn("chloe.girard");
        session.waitFor(By.cssSelector("[data-doc-page='annexes'] [data-field-type='FILES']"));
        browser.findElement(By.cssSelector("[data-upload]")).sendKeys(photo().toString());
        session.waitForText(By.cssSelector("[data-doc-page='annexes'] [data-file]"), "tableau-electrique.png");
        session.awaitSaved("annexes");
        assertEquals("(1)", browser.findElement(By.cssSelector("[data-counter='fichiers']")).getText());
        session.assertNoSidewaysScrolling();

        // The teacher downloads it.
        session.reset();
        session.open("/#/fiches-activites/" + sheet + "/annexes");
        session.signIn("prof.melec");
        String href = session.waitFor(By.cssSelector("[data-doc-page='annexes'] [data-file] a")).getAttribute("href");
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], { credentials: 'same-origin' }).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + b.byteLength)), e => done(String(e)));", href);
        assertTrue("download: " + answer, String.valueOf(answer).startsWith("200 image/png"));
    }
}
