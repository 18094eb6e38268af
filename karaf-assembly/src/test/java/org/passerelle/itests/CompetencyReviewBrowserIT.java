package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Competency reviews (issue 12, guides 002 and 004) as their users meet them, in a real browser against the distribution
 * with its sample data: the teacher creates Chloé's « bilan intermédiaire » from her dashboard, positions competencies
 * against intermediate or terminal objectives, writes findings and advice, keeps another mark, saves the draft (a
 * colleague's change meanwhile shown, her typing kept), finalises it by typing CONFIRMATION (a wrong word refused); the
 * page is then read-only with its radar, the API refuses an edit, and the period of the company review it took into
 * account is locked; the DDFPT unlocks it with a reason, the « Journal » shows it and the period is free again; the
 * activity view marks Chloé's T2-1 in S10 and S12. The apprentice's master, on a phone, makes Yanis's « Bilan des
 * activités en entreprise » (four levels, findings and advice required) and finds it among the « Bilans de compétences ».
 */
public class CompetencyReviewBrowserIT {

    private static final String PASSWORD = SampleDataBrowser.PASSWORD;
    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.rule("competency-review-browser-it", "18229");
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final WebDriver browser = session.browser;
    private final Api api = session.api();

    private long establishment() throws Exception {
        String admin = api.signIn("admin", PASSWORD);
        return Api.parse(api.send("GET", "/api/v1/establishments", admin, null, null)).get(0).get("id").asLong();
    }

    private long learner(String token, long establishment, String login) throws Exception {
        return Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", token, null, 200), "login", login);
    }

    private List<String> competencies() {
        return browser.findElements(By.cssSelector("[data-form='competency-review'] li[data-competency]")).stream()
                .map(e -> e.getAttribute("data-competency")).collect(Collectors.toList());
    }

    private void choose(String competency, String level) {
        session.click(By.cssSelector("li[data-competency='" + competency + "'] [data-choose-level='" + level + "']"));
    }

    private void objective(String competency, String objective) {
        session.click(By.cssSelector("li[data-competency='" + competency + "'] [data-choose-objective='" + objective + "']"));
    }

    private void setDate(String selector, String date) {
        session.js("const input = document.querySelector(arguments[0]); input.value = arguments[1];"
                + "input.dispatchEvent(new Event('input', { bubbles: true }));", selector, date);
    }

    private void finalise(String typed) {
        session.click(By.cssSelector("[data-action='finalise-review']"));
        WebElement field = session.waitFor(By.cssSelector("[data-question='finalise'] input[name='confirmation']"));
        field.clear();
        field.sendKeys(typed);
        session.click(By.cssSelector("[data-action='confirm-finalise']"));
    }

    private static String french(JsonNode mark) {
        String text = mark.decimalValue().stripTrailingZeros().toPlainString().replace('.', ',');
        return text;
    }

    @Test
    public void theTeacherFinalisesAnIntermediateReviewAndTheDdfptUnlocksIt() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long establishment = establishment();
        long chloe = learner(teacher, establishment, "chloe.girard");
        JsonNode levels = api.expect("GET", "/api/v1/establishments/" + establishment + "/class-levels", teacher, null, 200);
        long melec = Api.idWhere(levels, "referentialCode", "MELEC");
        long period = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment + "/periods?classLevelId=" + melec, teacher, null, 200),
                "name", "PFMP 2 — installations");
        assertFalse(api.expect("GET", "/api/v1/periods/" + period, teacher, null, 200).path("locked").asBoolean());

        // From Chloé's dashboard: « Créer un bilan intermédiaire », dated 1 April 2027.
        session.open("/#/tableau-de-bord/" + chloe);
        session.signIn("prof.melec");
        WebElement create = session.waitFor(By.cssSelector("[data-create-review='INTERMEDIATE']"));
        assertTrue(create.getText(), create.getText().contains("Créer un bilan intermédiaire"));
        setDate("[data-create-review='INTERMEDIATE'] input[name='reviewDate']", "2027-04-01");
        session.click(By.cssSelector("[data-create-review='INTERMEDIATE'] [data-action='create-review']"));
        WebElement page = session.waitFor(By.cssSelector("[data-form='competency-review'][data-kind='INTERMEDIATE']"));
        long review = Long.parseLong(browser.findElement(By.cssSelector("[data-page='competency-review']")).getAttribute("data-review"));
        assertTrue(page.getText(), page.getText().contains("Bilan intermédiaire de compétences — Chloé GIRARD") || page.getText().contains("GIRARD"));
        session.waitForText(By.cssSelector("[data-status='draft']"), "Brouillon");
        List<String> codes = competencies();
        assertTrue(codes.toString(), codes.size() >= 3);
        // The five levels, symbol and full name.
        String buttons = browser.findElement(By.cssSelector("li[data-competency='" + codes.get(0) + "'] .rv-levels")).getText();
        assertTrue(buttons, buttons.contains("++") && buttons.contains("Compétence totalement acquise et transférable") && buttons.contains("NE"));

        choose(codes.get(0), "ACQUIRED");
        objective(codes.get(0), "TERMINAL");
        choose(codes.get(1), "BEING_ACQUIRED");
        objective(codes.get(1), "INTERMEDIATE");
        choose(codes.get(2), "NOT_EVALUATED");
        assertEquals("true", browser.findElement(By.cssSelector("li[data-competency='" + codes.get(0) + "'] [data-choose-level='ACQUIRED']"))
                .getAttribute("aria-pressed"));
        browser.findElement(By.cssSelector("textarea[name='findings']")).sendKeys("Câblages soignés, schémas lus sans aide.");
        browser.findElement(By.cssSelector("textarea[name='advice']")).sendKeys("Travailler la mise en service.");
        browser.findElement(By.cssSelector("input[name='keptMark']")).sendKeys("15,75");
        session.click(By.cssSelector("[data-action='save-review']"));
        session.waitForText(By.cssSelector("[data-review-message]"), "Brouillon enregistré");

        JsonNode stored = api.expect("GET", "/api/v1/competency-reviews/" + review, teacher, null, 200);
        assertEquals(15.75, stored.get("keptMark").asDouble(), 0.0);
        assertEquals("Câblages soignés, schémas lus sans aide.", stored.get("findings").asText());
        String proposed = french(stored.get("proposedMark"));
        // Both marks shown, and the formula: weight × share, NE left out.
        WebElement mark = browser.findElement(By.cssSelector("[data-mark]"));
        assertTrue(mark.getText(), mark.getText().contains("Note proposée : " + proposed + "/20"));
        assertTrue(mark.getText(), mark.getText().contains("Note retenue : 15,75/20"));
        String formula = browser.findElement(By.cssSelector("[data-formula]")).getText();
        assertTrue(formula, formula.contains("× 1") && formula.contains("× 1/3") && formula.contains(codes.get(2) + " (NE) non comptée"));
        // What the mark rests on: 2 competencies assessed of all, the NE and those with no level yet told apart (API and page).
        int notGiven = codes.size() - 3;
        assertEquals(2, stored.get("assessedCount").asInt());
        assertEquals(1, stored.get("notAssessableCount").asInt());
        assertEquals(notGiven, stored.get("notGivenCount").asInt());
        String basis = browser.findElement(By.cssSelector("[data-mark-basis]")).getText();
        assertTrue(basis, basis.contains("Sur 2 compétences évaluées (de " + codes.size() + ")") && basis.contains("1 NE (compétence non évaluée)"));
        assertTrue(basis, notGiven == 0 || basis.contains(notGiven + " non renseignée") && basis.contains("pas encore de niveau"));
        // The radar (the page's and the PDF's): the NE is tagged « NE », the competencies not given are « non renseigné ».
        String svg = new String(api.send("GET", "/api/v1/competency-reviews/" + review + "/radar.svg", teacher, null, null).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg, svg.contains(">NE</text"));
        assertEquals(svg, notGiven > 0, svg.contains(">non renseigné</text"));
        // A zero-width space in « Constats » (multi-line) is refused with its own wording, naming it.
        JsonNode invisible = api.expect("PUT", "/api/v1/competency-reviews/" + review, teacher, "{\"date\":\"2027-04-01\",\"levels\":[],"
                + "\"findings\":\"Ligne 1\\nLigne\\u200b 2\",\"advice\":\"\",\"version\":" + stored.get("version").asInt() + "}", 400);
        assertTrue(invisible.toString(), invisible.toString().contains("invisible-character") && invisible.toString().contains("U+200B")
                && !invisible.toString().contains("retour à la ligne, une tabulation"));

        // A colleague changes the advice meanwhile; the teacher's new findings stay, theirs is shown, then hers is saved.
        api.expect("PUT", "/api/v1/competency-reviews/" + review, teacher, Api.mapper().writeValueAsString(java.util.Map.of(
                "date", "2027-04-01", "levels", List.of(java.util.Map.of("competency", codes.get(0), "level", "ACQUIRED", "objective", "TERMINAL"),
                        java.util.Map.of("competency", codes.get(1), "level", "BEING_ACQUIRED", "objective", "INTERMEDIATE"),
                        java.util.Map.of("competency", codes.get(2), "level", "NOT_EVALUATED")),
                "findings", stored.get("findings").asText(), "advice", "Conseil d'un collègue.", "keptMark", 15.75,
                "version", stored.get("version").asInt())), 200);
        browser.findElement(By.cssSelector("textarea[name='findings']")).sendKeys(" Autonome.");
        session.click(By.cssSelector("[data-action='save-review']"));
        WebElement conflict = session.waitFor(By.cssSelector("[data-review-conflict]"));
        assertTrue(conflict.getText(), conflict.getText().contains("Conseils : Conseil d'un collègue."));
        assertTrue(browser.findElement(By.cssSelector("textarea[name='findings']")).getAttribute("value").endsWith("Autonome."));
        session.click(By.cssSelector("[data-action='keep-mine']"));
        session.click(By.cssSelector("[data-action='save-review']"));
        session.waitForText(By.cssSelector("[data-review-message]"), "Brouillon enregistré");
        stored = api.expect("GET", "/api/v1/competency-reviews/" + review, teacher, null, 200);
        assertTrue(stored.get("findings").asText(), stored.get("findings").asText().endsWith("Autonome."));
        assertEquals("Travailler la mise en service.", stored.get("advice").asText());

        // « Finaliser le bilan »: a wrong word is refused, CONFIRMATION finalises; the page is then read-only.
        finalise("confirmation");
        session.waitForText(By.cssSelector("[data-question-error]"), "CONFIRMATION");
        assertEquals("named by what it does, not « OK »", "Finaliser le bilan", browser.findElement(By.cssSelector("[data-action='confirm-finalise']")).getText());
        // Dated 01/04/2027: while that is after today, the question says what finalising it now locks.
        List<WebElement> future = browser.findElements(By.cssSelector("[data-question='finalise'] [data-future-date]"));
        if (java.time.LocalDate.now().isBefore(java.time.LocalDate.of(2027, 4, 1))) {
            assertTrue(future.toString(), future.size() == 1 && future.get(0).getText().contains("01/04/2027"));
        } else {
            assertTrue("no warning once the date has come", future.isEmpty());
        }
        assertFalse(api.expect("GET", "/api/v1/competency-reviews/" + review, teacher, null, 200).get("finalised").asBoolean());
        browser.findElement(By.cssSelector("[data-question='finalise'] input[name='confirmation']")).clear();
        browser.findElement(By.cssSelector("[data-question='finalise'] input[name='confirmation']")).sendKeys("CONFIRMATION");
        session.click(By.cssSelector("[data-action='confirm-finalise']"));
        session.waitFor(By.cssSelector("[data-form='competency-review'][data-finalised='true']"));
        session.waitForText(By.cssSelector("[data-status='finalised']"), "Finalisé le");
        assertTrue(browser.findElements(By.cssSelector("[data-choose-level], [data-action='save-review'], [data-action='finalise-review'], "
                + "[data-action='delete-review'], textarea, input[name='keptMark']")).isEmpty());
        assertTrue("only the DDFPT unlocks", browser.findElements(By.cssSelector("[data-action='unlock-review']")).isEmpty());
        String chosen = browser.findElement(By.cssSelector("li[data-competency='" + codes.get(0) + "'] [data-chosen]")).getText();
        assertTrue(chosen, chosen.contains("++") && chosen.contains("Objectifs terminaux"));
        WebElement radar = session.waitFor(By.cssSelector("img[data-radar]"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(d -> ((Number) session.js("return arguments[0].complete ? arguments[0].naturalWidth : 0", radar)).intValue() > 0);

        // The API refuses an edit of a finalised review.
        JsonNode finalised = api.expect("GET", "/api/v1/competency-reviews/" + review, teacher, null, 200);
        JsonNode refused = api.expect("PUT", "/api/v1/competency-reviews/" + review, teacher,
                "{\"date\":\"2027-04-01\",\"levels\":[],\"version\":" + finalised.get("version").asInt() + "}", 409);
        assertTrue(refused.toString(), refused.toString().contains("review-finalised"));

        // The company review met on 26/03 is taken into account: its period is locked.
        session.open("/#/periodes?niveau=" + melec + "&periode=" + period);
        session.waitFor(By.cssSelector("[data-period='" + period + "'] [data-locked='true']"));
        assertTrue(api.expect("GET", "/api/v1/periods/" + period, teacher, null, 200).path("locked").asBoolean());

        // The DDFPT unlocks it, saying why; the « Journal » shows it; the period is free again.
        session.reset();
        session.open("/#/bilans/" + review);
        session.signIn("ddfpt");
        session.click(By.cssSelector("[data-action='unlock-review']"));
        session.click(By.cssSelector("[data-action='confirm-unlock']"));
        session.waitForText(By.cssSelector("[data-question-error]"), "raison");
        assertEquals("Déverrouiller le bilan", browser.findElement(By.cssSelector("[data-action='confirm-unlock']")).getText());
        session.waitFor(By.cssSelector("[data-question='unlock'] textarea[name='reason']")).sendKeys("Niveau de C2 saisi par erreur");
        session.click(By.cssSelector("[data-action='confirm-unlock']"));
        session.waitFor(By.cssSelector("[data-form='competency-review'][data-finalised='false'] [data-action='save-review']"));
        session.waitForText(By.cssSelector("[data-review-message]"), "déverrouillé");
        session.open("/#/admin/etablissements/" + establishment + "/journal");
        WebElement unlocked = session.waitFor(By.cssSelector("[data-action-code='REVIEW_UNLOCKED']"));
        assertTrue(unlocked.getText(), unlocked.getText().contains("déverrouillé") && unlocked.getText().contains("Niveau de C2 saisi par erreur"));
        assertFalse(api.expect("GET", "/api/v1/periods/" + period, teacher, null, 200).path("locked").asBoolean());
        session.open("/#/periodes?niveau=" + melec + "&periode=" + period);
        session.waitFor(By.cssSelector("[data-period='" + period + "']"));
        assertTrue(browser.findElements(By.cssSelector("[data-period='" + period + "'] [data-locked='true']")).isEmpty());

        // The archive lists the review; the activity view marks T2-1 in S10 and S12.
        session.open("/#/bilans-de-competences/" + chloe);
        WebElement row = session.waitFor(By.cssSelector("[data-review-row='" + review + "']"));
        assertTrue(row.getText(), row.getText().contains("01/04/2027") && row.getText().contains("Bilan intermédiaire") && row.getText().contains("15,75/20"));
        // The proposed mark says there too on how many competencies it rests.
        JsonNode counts = api.expect("GET", "/api/v1/competency-reviews/" + review, teacher, null, 200);
        int assessed = counts.get("assessedCount").asInt();
        int all = assessed + counts.get("notAssessableCount").asInt() + counts.get("notGivenCount").asInt();
        assertTrue(row.getText(), row.getText().contains("(sur " + assessed + (assessed < 2 ? " compétence évaluée" : " compétences évaluées") + " de " + all + ")"));
        session.waitFor(By.cssSelector("[data-review-table] tr[data-competency='" + codes.get(0) + "'] td[data-level='ACQUIRED']"));
        session.open("/#/tableau-de-bord/" + chloe);
        session.click(By.cssSelector("[data-dash-view='activities']"));
        session.waitFor(By.cssSelector("[data-activity-view] tr[data-task='T2-1']"));
        for (String week : List.of("2027-W10", "2027-W12")) {
            WebElement cell = browser.findElement(By.cssSelector("[data-activity-view] tr[data-task='T2-1'] td[data-week='" + week + "']"));
            assertTrue(week + ": " + cell.getText(), cell.getText().startsWith("X"));
            assertFalse(cell.getAttribute("title"), cell.getAttribute("title").isEmpty());
        }
        String heads = browser.findElement(By.cssSelector("[data-activity-view] thead")).getText();
        assertTrue(heads, heads.contains("S10") && heads.contains("S12") && heads.contains("2027"));
    }

    @Test
    public void theMasterMakesACompanyActivityReviewOnAPhone() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long yanis = learner(teacher, establishment(), "yanis.fontaine");

        session.phoneSize(true);
        session.open("/#/mes-periodes");
        session.signIn("maitre.lefebvre");
        session.click(By.cssSelector("[data-action='open-dashboard']"));
        WebElement create = session.waitFor(By.cssSelector("[data-create-review='COMPANY_ACTIVITY']"));
        assertTrue(create.getText(), create.getText().contains("Bilan des activités en entreprise"));
        assertTrue("no intermediate review for a master", browser.findElements(By.cssSelector("[data-create-review='INTERMEDIATE']")).isEmpty());
        session.assertNoSidewaysScrolling();
        session.click(By.cssSelector("[data-create-review='COMPANY_ACTIVITY'] [data-action='create-review']"));
        session.waitFor(By.cssSelector("[data-form='competency-review'][data-kind='COMPANY_ACTIVITY']"));
        long review = Long.parseLong(browser.findElement(By.cssSelector("[data-page='competency-review']")).getAttribute("data-review"));
        List<String> codes = competencies();
        assertTrue(codes.toString(), codes.size() >= 2);
        // Four levels, no NE, no objective, no mark.
        assertEquals(4, browser.findElements(By.cssSelector("li[data-competency='" + codes.get(0) + "'] [data-choose-level]")).size());
        assertTrue(browser.findElements(By.cssSelector("[data-choose-level='NOT_EVALUATED'], [data-choose-objective], [data-mark]")).isEmpty());
        choose(codes.get(0), "PARTLY_ACQUIRED");
        choose(codes.get(1), "ACQUIRED");
        session.assertNoSidewaysScrolling();

        // Without findings and advice the server refuses to finalise; with them it does.
        finalise("CONFIRMATION");
        session.waitFor(By.cssSelector("[data-question='finalise'] [role='alert']"));
        assertFalse(api.expect("GET", "/api/v1/competency-reviews/" + review, api.signIn("maitre.lefebvre", PASSWORD), null, 200).get("finalised").asBoolean());
        session.click(By.cssSelector("[data-action='cancel-finalise']"));
        browser.findElement(By.cssSelector("textarea[name='findings']")).sendKeys("Respecte les consignes de sécurité.");
        browser.findElement(By.cssSelector("textarea[name='advice']")).sendKeys("Prendre des notes pendant les interventions.");
        finalise("CONFIRMATION");
        session.waitFor(By.cssSelector("[data-form='competency-review'][data-finalised='true']"));
        String texts = browser.findElement(By.cssSelector("[data-text='findings']")).getText() + " " + browser.findElement(By.cssSelector("[data-text='advice']")).getText();
        assertTrue(texts, texts.contains("Respecte les consignes de sécurité.") && texts.contains("Prendre des notes"));
        session.assertNoSidewaysScrolling();
        JsonNode stored = api.expect("GET", "/api/v1/competency-reviews/" + review, teacher, null, 200);
        assertTrue(stored.get("finalised").asBoolean());
        assertEquals("COMPANY_ACTIVITY", stored.get("kind").asText());

        // Among the « Bilans de compétences ».
        session.click(By.cssSelector("[data-link='archive']"));
        WebElement row = session.waitFor(By.cssSelector("[data-review-row='" + review + "']"));
        assertTrue(row.getText(), row.getText().contains("Bilan des activités en entreprise"));
        assertEquals(yanis, Long.parseLong(browser.findElement(By.cssSelector("[data-page='review-archive']")).getAttribute("data-learner")));
    }

    @Test
    public void theDdfptSetsTheEstablishmentsMarkScale() throws Exception {
        long establishment = establishment();
        String ddfpt = api.signIn("ddfpt", PASSWORD);
        session.open("/#/admin/etablissements/" + establishment + "/niveaux");
        session.signIn("ddfpt");
        WebElement partly = session.waitFor(By.cssSelector("[data-form='mark-scale'] input[name='partlyAcquired']"));
        assertEquals("2/3", partly.getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("[data-form='mark-scale']")).getText().contains("Compétence partiellement acquise"));
        partly.clear();
        partly.sendKeys("3/4");
        session.click(By.cssSelector("[data-action='save-mark-scale']"));
        session.waitForText(By.cssSelector("[data-form='mark-scale'] [role='status']"), "Barème enregistré");
        JsonNode scale = api.expect("GET", "/api/v1/establishments/" + establishment + "/mark-scale", ddfpt, null, 200);
        assertTrue(scale.toString(), scale.get("custom").asBoolean() && scale.get("partlyAcquired").asText().replace(" ", "").equals("3/4"));
    }
}
