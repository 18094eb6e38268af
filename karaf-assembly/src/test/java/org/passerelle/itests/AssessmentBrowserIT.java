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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * School evaluations and the learner's dashboard (issue 12, items 5, 6, 14) as their users meet them, in a real browser
 * against the distribution with its sample data: the teacher creates an evaluation of 1MELEC and enters the whole
 * class with the keyboard only; after a reload every level is there; Chloé's dashboard shows the columns in date order
 * with their marks, and the « Bilan intermédiaire » line once a review is finalised; Chloé reads hers, not Lucas's.
 */
public class AssessmentBrowserIT {

    private static final String PASSWORD = SampleDataBrowser.PASSWORD;
    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.rule("assessment-browser-it", "18225");
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final WebDriver browser = session.browser;
    private final Api api = session.api();

    private long establishment() throws Exception {
        String admin = api.signIn("admin", PASSWORD);
        return Api.parse(api.send("GET", "/api/v1/establishments", admin, null, null)).get(0).get("id").asLong();
    }

    private long learner(String teacher, long establishment, String login) throws Exception {
        return Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", teacher, null, 200), "login", login);
    }

    /** Types into the focused element (the grid's active cell). */
    private void type(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(keys).perform();
    }

    private void awaitGridSaved() {
        new WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(d -> {
            List<WebElement> state = d.findElements(By.cssSelector("[data-save-state='saved']"));
            return !state.isEmpty() && state.get(0).getText().equals("Enregistré");
        });
    }

    private String level(long learner, String competency, String criterion) {
        return browser.findElement(By.cssSelector("tr[data-learner='" + learner + "'] td[data-key='" + learner + "|" + competency + "|" + criterion + "']"))
                .getAttribute("data-level");
    }

    /** The codes of the dashboard's columns as its first section heads them ("F D", "E"…). */
    private List<String> columnCodes(String section) {
        return browser.findElements(By.cssSelector("[data-section='" + section + "'] thead [data-eval-code]")).stream()
                .map(e -> e.getAttribute("data-eval-code").trim()).collect(Collectors.toList());
    }

    private List<String> rowMarks(String section, String row) {
        return browser.findElements(By.cssSelector("[data-section='" + section + "'] tr[data-row='" + row + "'] td")).stream()
                .map(AssessmentBrowserIT::mark).collect(Collectors.toList());
    }

    /** The mark written in a cell (beside its colour; the level's full name is there for screen readers), "" when none. */
    private static String mark(WebElement cell) {
        List<WebElement> mark = cell.findElements(By.cssSelector("[data-level] > [aria-hidden='true']"));
        return mark.isEmpty() ? "" : mark.get(0).getText().trim();
    }

    @Test
    public void theTeacherEntersAWholeClassWithTheKeyboardAndTheDashboardShowsItWithTheReviewLine() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long establishment = establishment();
        long chloe = learner(teacher, establishment, "chloe.girard");
        long lucas = learner(teacher, establishment, "lucas.bonnet");
        long melec = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment + "/classes", teacher, null, 200), "code", "1MELEC");

        // « Évaluations » → the class → « Nouvelle évaluation ».
        session.open("/#/periodes");
        session.signIn("prof.melec");
        session.click(By.cssSelector("[data-nav='evaluations']"));
        new Select(session.waitFor(By.cssSelector("[data-page='evaluations'] select[data-filter='class']"))).selectByValue(String.valueOf(melec));
        WebElement listed = session.waitFor(By.cssSelector("[data-evaluation-list]"));
        session.waitForText(listed, "06/10/2026");
        assertTrue(listed.getText(), listed.getText().contains("17/11/2026"));
        session.click(By.cssSelector("[data-action='new-evaluation']"));
        session.waitFor(By.cssSelector("[data-form='evaluation'] [name='title']")).sendKeys("TP câblage d'un coffret");
        session.js("const input = document.querySelector(\"[data-form='evaluation'] [name='date']\");"
                + "input.value = '2027-01-12'; input.dispatchEvent(new Event('input', { bubbles: true }));");
        session.click(By.cssSelector("[data-form='evaluation'] input[name='complexity'][value='BAC_PRO']"));
        session.js("document.querySelectorAll(\"[data-form='evaluation'] details\").forEach(d => d.open = true)");
        session.click(By.cssSelector("[data-select-criterion='C2-1']"));
        session.click(By.cssSelector("[data-select-criterion='C2-3']"));
        session.click(By.cssSelector("[data-select-competency='C4']"));
        session.click(By.cssSelector("[data-action='create-evaluation']"));

        // The grid: Chloé and Lucas × C2-1, C2-3, C4 (globale), entered with the keyboard only.
        WebElement grid = session.waitFor(By.cssSelector("[data-grid]"));
        long evaluation = Long.parseLong(browser.findElement(By.cssSelector("[data-page='evaluation-grid']")).getAttribute("data-evaluation"));
        assertEquals(2, grid.findElements(By.cssSelector("tbody tr")).size());
        assertEquals(List.of("C2-1", "C2-3", "C4"), grid.findElements(By.cssSelector("thead abbr")).stream().map(WebElement::getText).collect(Collectors.toList()));
        List<WebElement> rows = grid.findElements(By.cssSelector("tbody tr"));
        long first = Long.parseLong(rows.get(0).getAttribute("data-learner"));
        long second = Long.parseLong(rows.get(1).getAttribute("data-learner"));
        browser.findElement(By.cssSelector("[data-cell='0:0']")).click();
        // First row: 3, 2, A; Enter goes down: second row's C4 N, then left: 1, 0 (a 2 typed first, then cleared and retyped).
        type("3", Keys.ARROW_RIGHT, "2", Keys.ARROW_RIGHT, "a", Keys.ENTER, "n", Keys.ARROW_LEFT, "2", Keys.BACK_SPACE);
        type("1", Keys.ARROW_LEFT, "0", Keys.ARROW_UP, Keys.DELETE, "3");
        session.waitForText(By.cssSelector("[data-save-state]"), "Enregistr");
        awaitGridSaved();
        assertEquals("ACHIEVED_AUTONOMOUS", level(first, "C2", "C2-1"));
        // The mark is written in the cell, not only its colour.
        assertEquals("3", mark(browser.findElement(By.cssSelector("[data-cell='0:0']"))));

        browser.navigate().refresh();
        session.waitFor(By.cssSelector("[data-grid]"));
        assertEquals("ACHIEVED_AUTONOMOUS", level(first, "C2", "C2-1"));
        assertEquals("ACHIEVED_WITH_HELP", level(first, "C2", "C2-3"));
        assertEquals("ABSENT", level(first, "C4", ""));
        assertEquals("NOT_ACHIEVED", level(second, "C2", "C2-1"));
        assertEquals("PARTIAL", level(second, "C2", "C2-3"));
        assertEquals("NOT_ASSESSABLE", level(second, "C4", ""));
        assertEquals("ABS", mark(browser.findElement(By.cssSelector("[data-cell='0:2']"))));
        assertEquals("NE", mark(browser.findElement(By.cssSelector("[data-cell='1:2']"))));
        JsonNode stored = api.expect("GET", "/api/v1/school-evaluations/" + evaluation, teacher, null, 200);
        int given = 0;
        for (JsonNode row : stored.get("learners")) {
            given += row.get("results").size();
        }
        assertEquals("six levels stored: " + stored, 6, given);

        // Chloé's dashboard: F D (06/10), F Int (17/11), the new F Ba (12/01), then E (26/03), with their marks.
        long chloeRow = chloe == first ? 0 : 1;
        session.open("/#/tableau-de-bord/" + chloe);
        session.waitFor(By.cssSelector("[data-dashboard='" + chloe + "'] [data-section='C2']"));
        assertEquals(List.of("F D", "F Int", "F Ba", "E"), columnCodes("C2"));
        String heads = browser.findElement(By.cssSelector("[data-section='C2'] thead")).getText();
        assertTrue(heads, heads.indexOf("06/10") < heads.indexOf("17/11") && heads.indexOf("17/11") < heads.indexOf("12/01")
                && heads.indexOf("12/01") < heads.indexOf("26/03"));
        assertEquals(List.of("1", "2", chloeRow == 0 ? "3" : "0", "3"), rowMarks("C2", "C2-1"));
        assertTrue("no review line yet", browser.findElements(By.cssSelector("[data-boundary-line]")).isEmpty());
        // Only the company's column; then its detail.
        session.click(By.cssSelector("[data-filter-kind='company']"));
        assertEquals(List.of("E"), columnCodes("C2"));
        session.click(By.cssSelector("[data-section='C2'] [data-action='column-detail']"));
        WebElement detail = session.waitFor(By.cssSelector("[data-column-detail]"));
        assertTrue(detail.getText(), detail.getText().contains("26/03/2027") && detail.getText().contains("Bilan en entreprise"));
        session.click(By.cssSelector("[data-filter-kind='all']"));

        // An intermediate review finalised on 1 February takes the three school evaluations into account.
        api.finaliseIntermediateReview(teacher, chloe, "2027-02-01");
        assertEquals(3, api.expect("GET", "/api/v1/learners/" + chloe + "/dashboard", teacher, null, 200).get("boundary").asInt());
        browser.navigate().refresh();
        WebElement line = session.waitFor(By.cssSelector("[data-section='C2'] thead th.is-after-boundary"));
        assertEquals("the line stands before the company review", "COMPANY", line.getAttribute("data-source"));
        assertTrue(line.getText(), line.getText().contains("Bilan intermédiaire"));
        session.click(By.cssSelector("[data-filter-kind='school']"));
        assertEquals(List.of("F D", "F Int", "F Ba"), columnCodes("C2"));
        assertFalse(browser.findElements(By.cssSelector("[data-section='C2'] thead th.is-before-boundary")).isEmpty());

        // The staff go from learner to learner.
        session.open("/#/tableau-de-bord/" + chloe + "?classe=" + melec);
        session.waitFor(By.cssSelector("[data-dashboard='" + chloe + "']"));
        session.click(By.cssSelector(chloe == first ? "[data-action='next-learner']" : "[data-action='previous-learner']"));
        session.waitFor(By.cssSelector("[data-dashboard='" + lucas + "'] [data-section]"));
        session.waitForText(By.cssSelector("[data-page='dashboard'] h1"), "Lucas");
    }

    /**
     * The teacher mends an evaluation from its grid: the new title and criteria are saved; a criterion that carries a
     * level is refused with its name and the form keeps what was typed; deleting is asked twice, refused while a level
     * is given, and an empty evaluation goes.
     */
    @Test
    public void theTeacherEditsAnEvaluationAndDeletesOnlyAnEmptyOne() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long establishment = establishment();
        long chloe = learner(teacher, establishment, "chloe.girard");
        long melec = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment + "/classes", teacher, null, 200), "code", "1MELEC");
        long given = api.expect("POST", "/api/v1/school-evaluations", teacher, "{\"classId\":" + melec + ",\"title\":\"TP mesure\",\"date\":\"2027-02-02\","
                + "\"complexity\":\"DISCOVERY\",\"criteria\":[{\"competency\":\"C2\",\"criterion\":\"C2-1\"},{\"competency\":\"C4\"}]}", 201).get("id").asLong();
        api.expect("PUT", "/api/v1/school-evaluations/" + given + "/results", teacher, "{\"results\":[{\"learnerId\":" + chloe
                + ",\"competency\":\"C2\",\"criterion\":\"C2-1\",\"level\":\"PARTIAL\",\"version\":0}]}", 200);
        long empty = api.expect("POST", "/api/v1/school-evaluations", teacher, "{\"classId\":" + melec + ",\"title\":\"Créée par erreur\","
                + "\"date\":\"2027-02-03\",\"complexity\":\"DISCOVERY\",\"criteria\":[{\"competency\":\"C4\"}]}", 201).get("id").asLong();

        session.open("/#/evaluations/" + given);
        session.signIn("prof.melec");
        session.click(By.cssSelector("[data-action='edit-evaluation']"));
        WebElement title = session.waitFor(By.cssSelector("[data-form='evaluation'] [name='title']"));
        assertEquals("TP mesure", title.getAttribute("value"));
        title.clear();
        title.sendKeys("TP mesure et contrôle");
        session.js("document.querySelectorAll(\"[data-form='evaluation'] details\").forEach(d => d.open = true)");
        session.click(By.cssSelector("[data-select-criterion='C2-1']"));
        session.click(By.cssSelector("[data-action='save-evaluation']"));
        WebElement refusal = session.waitFor(By.cssSelector("[data-form='evaluation'] [role='alert']"));
        session.waitForText(refusal, "C2-1");
        assertEquals("what was typed stays", "TP mesure et contrôle", browser.findElement(By.cssSelector("[data-form='evaluation'] [name='title']"))
                .getAttribute("value"));

        session.click(By.cssSelector("[data-select-criterion='C2-1']"));
        session.click(By.cssSelector("[data-select-criterion='C2-3']"));
        session.click(By.cssSelector("[data-action='save-evaluation']"));
        WebElement grid = session.waitFor(By.cssSelector("[data-grid]"));
        session.waitForText(By.cssSelector("[data-page='evaluation-grid'] h1"), "TP mesure et contrôle");
        assertEquals(List.of("C2-1", "C2-3", "C4"), grid.findElements(By.cssSelector("thead abbr")).stream().map(WebElement::getText).collect(Collectors.toList()));
        assertEquals("PARTIAL", level(chloe, "C2", "C2-1"));

        // Deleting the one with a level: asked twice, then refused, nothing gone.
        session.click(By.cssSelector("[data-action='edit-evaluation']"));
        session.click(By.cssSelector("[data-action='delete-evaluation']"));
        session.click(By.cssSelector("[data-action='confirm-delete-evaluation']"));
        session.waitForText(By.cssSelector("[data-delete-evaluation] [role='alert']"), "effacez-les");
        api.expect("GET", "/api/v1/school-evaluations/" + given, teacher, null, 200);

        session.open("/#/evaluations/" + empty + "/modifier");
        session.click(By.cssSelector("[data-action='delete-evaluation']"));
        session.click(By.cssSelector("[data-action='confirm-delete-evaluation']"));
        WebElement listed = session.waitFor(By.cssSelector("[data-evaluation-list]"));
        session.waitForText(listed, "TP mesure et contrôle");
        assertTrue(listed.getText(), !listed.getText().contains("Créée par erreur"));
        assertEquals(404, api.send("GET", "/api/v1/school-evaluations/" + empty, teacher, null, null).statusCode());

        // A colleague saved it meanwhile: the alert's heading says so (it read « Une erreur est survenue »).
        session.open("/#/evaluations/" + given + "/modifier");
        session.waitFor(By.cssSelector("[data-form='evaluation'] [name='title']"));
        JsonNode now = api.expect("GET", "/api/v1/school-evaluations/" + given, teacher, null, 200);
        api.expect("PUT", "/api/v1/school-evaluations/" + given, teacher, "{\"version\":" + now.get("version").asInt() + ",\"title\":\"TP du collègue\","
                + "\"date\":\"2027-02-02\",\"complexity\":\"DISCOVERY\",\"criteria\":" + now.get("criteria") + "}", 200);
        session.click(By.cssSelector("[data-action='save-evaluation']"));
        session.waitForText(By.cssSelector("[data-form='evaluation'] [role='alert'] .alert__title"), "Modifiée entre-temps par un collègue");
    }

    @Test
    public void chloeReadsHerOwnDashboardAndNotLucass() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long establishment = establishment();
        long chloe = learner(teacher, establishment, "chloe.girard");
        long lucas = learner(teacher, establishment, "lucas.bonnet");

        session.phoneSize(true);
        session.open("/#/mes-periodes");
        session.signIn("chloe.girard");
        session.click(By.cssSelector("[data-nav='my-evaluations']"));
        session.waitFor(By.cssSelector("[data-dashboard='" + chloe + "'] [data-section='C2']"));
        session.waitForText(By.cssSelector("[data-page='dashboard'] h1"), "Chloé");
        assertTrue(columnCodes("C2").containsAll(List.of("F D", "F Int", "E")));
        session.assertNoSidewaysScrolling();

        session.open("/#/tableau-de-bord/" + lucas);
        WebElement refused = session.waitFor(By.cssSelector("[data-page='dashboard'] [role='alert']"));
        // The server does not even say whether Lucas exists: « Apprenant introuvable ».
        assertTrue(refused.getText(), refused.getText().contains("Apprenant introuvable"));
        assertTrue(browser.findElements(By.cssSelector("[data-dashboard] [data-section]")).isEmpty());
        assertFalse(refused.getText(), refused.getText().contains("Lucas"));
        // The refusal alone: no view switch, no reviews' box about Lucas, no « Réessayer ».
        assertTrue(browser.findElements(By.cssSelector("[data-page='dashboard'] [data-dash-view], [data-page='dashboard'] [data-dashboard-reviews]")).isEmpty());
        assertFalse(refused.getText(), refused.getText().contains("Réessayer"));

        // An apprentice's master opens the dashboard from « Mes apprentis ».
        session.reset();
        session.open("/#/mes-periodes");
        session.signIn("maitre.lefebvre");
        session.click(By.cssSelector("[data-action='open-dashboard']"));
        session.waitFor(By.cssSelector("[data-dashboard]"));
        session.waitForText(By.cssSelector("[data-page='dashboard'] h1"), "Yanis");
        assertTrue(browser.findElements(By.cssSelector("[data-page='dashboard'] [role='alert']")).isEmpty());
    }

    @Test
    public void aLevelAColleagueChangedMeanwhileIsKeptAndShownWhileMyOtherLevelsAreSaved() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        String ddfpt = api.signIn("ddfpt", PASSWORD);
        long establishment = establishment();
        long chloe = learner(teacher, establishment, "chloe.girard");
        long melec = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment + "/classes", teacher, null, 200), "code", "1MELEC");
        long october = Api.idWhere(api.expect("GET", "/api/v1/school-evaluations?classId=" + melec, teacher, null, 200), "date", "2026-10-06");

        // The teacher has the grid open on her phone…
        session.phoneSize(true);
        session.open("/#/evaluations/" + october);
        session.signIn("prof.melec");
        session.waitFor(By.cssSelector("[data-grid]"));
        session.assertNoSidewaysScrolling();
        // …while the DDFPT changes Chloé's C3-1 from elsewhere.
        JsonNode grid = api.expect("GET", "/api/v1/school-evaluations/" + october, ddfpt, null, 200);
        int version = 0;
        for (JsonNode row : grid.get("learners")) {
            if (row.get("learnerId").asLong() == chloe) {
                for (JsonNode r : row.get("results")) {
                    if ("C3-1".equals(r.path("criterion").asText())) {
                        version = r.get("version").asInt();
                    }
                }
            }
        }
        api.expect("PUT", "/api/v1/school-evaluations/" + october + "/results", ddfpt, "{\"results\":[{\"learnerId\":" + chloe
                + ",\"competency\":\"C3\",\"criterion\":\"C3-1\",\"level\":\"ACHIEVED_WITH_HELP\",\"version\":" + version + "}]}", 200);

        // The teacher types C3-1 then C4 for Chloé: C4 is saved, C3-1 keeps the DDFPT's level and says so.
        session.click(By.cssSelector("td[data-key='" + chloe + "|C3|C3-1']"));
        type("1", Keys.ARROW_RIGHT, "3");
        WebElement conflict = session.waitFor(By.cssSelector("[data-grid-conflict]"));
        assertTrue(conflict.getText(), conflict.getText().contains("modifiée par"));
        awaitGridSaved();
        WebElement theirs = browser.findElement(By.cssSelector("td[data-key='" + chloe + "|C3|C3-1']"));
        assertEquals("ACHIEVED_WITH_HELP", theirs.getAttribute("data-level"));
        assertEquals("2", mark(theirs));
        assertTrue(theirs.getAttribute("aria-label"), theirs.getAttribute("aria-label").contains("modifiée par"));
        assertEquals("ACHIEVED_AUTONOMOUS", level(chloe, "C4", ""));
        String stored = api.expect("GET", "/api/v1/school-evaluations/" + october, teacher, null, 200).get("learners").toString();
        assertTrue(stored, stored.contains("\"criterion\":\"C3-1\",\"level\":\"ACHIEVED_WITH_HELP\""));
        assertTrue(stored, stored.contains("\"competency\":\"C4\",\"level\":\"ACHIEVED_AUTONOMOUS\""));
        session.assertNoSidewaysScrolling();
    }

    /**
     * The synthesis of periods in company (issue 12, item 11): the teacher opens the class level's from the evaluations
     * page, Chloé's PFMP 2 is there with its company, weeks, meeting and the levels counted, and its PDF is one click away.
     */
    @Test
    public void theTeacherReadsTheClassLevelsSynthesisOfPeriodsInCompany() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long chloe = learner(teacher, establishment(), "chloe.girard");
        session.open("/#/evaluations");
        session.signIn("prof.melec");
        session.click(By.cssSelector("[data-action='open-synthesis']"));
        WebElement mine = session.waitFor(By.cssSelector("[data-synthesis='" + chloe + "']"));
        session.waitForText(By.cssSelector("[data-synthesis='" + chloe + "'] h2"), "Chloé GIRARD (1MELEC) — 4 semaines en entreprise");
        String row = mine.findElement(By.cssSelector("tr[data-period]")).getText();
        for (String expected : new String[] {"PFMP 2 — installations", "01/03/2027 – 26/03/2027", "Électricité Générale du Rhône", "Zoé MARTIN",
            "Rencontre du 26/03/2027"}) {
            assertTrue(expected + " in " + row, row.contains(expected));
        }
        assertEquals("the company review's levels, each with its mark: « 3 ×1 »", "3", mine.findElement(
                By.cssSelector("[data-level-count='ACHIEVED_AUTONOMOUS'] [aria-hidden='true']")).getText().trim());
        String pdf = session.waitFor(By.cssSelector("[data-action='synthesis-pdf']")).getAttribute("href");
        assertTrue(pdf, pdf.contains("/api/v1/establishments/") && pdf.contains("pfmp-synthesis.pdf?classLevelId="));
    }

    /**
     * A learner's synthesis on a phone, as a newcomer met it: the page names the learner and their class (as the PDF
     * does); at 390 px and at 320 px the header shows « Passerelle » in full and nothing scrolls sideways; the table's
     * headings and values never break in mid-word.
     */
    @Test
    public void aLearnersSynthesisNamesThemAndReadsWellOnAPhone() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long chloe = learner(teacher, establishment(), "chloe.girard");
        session.phoneSize(true);
        session.open("/#/synthese-pfmp/" + chloe);
        session.signIn("prof.melec");
        session.waitForText(By.cssSelector("[data-synthesis-learner='" + chloe + "']"), "Chloé GIRARD — classe 1MELEC");
        session.waitFor(By.cssSelector("[data-synthesis='" + chloe + "'] tr[data-period]"));
        PhoneLayout.assertBrandInFull(session);
        session.assertNoSidewaysScrolling();
        assertEquals("words cut in the synthesis table", "", PhoneLayout.wordsCutInTheSynthesisTable(session));

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(320, 700));
        PhoneLayout.assertBrandInFull(session);
        session.assertNoSidewaysScrolling();
        assertEquals("words cut in the synthesis table at 320 px", "", PhoneLayout.wordsCutInTheSynthesisTable(session));

        // The evaluations of 1MELEC at 320 px: « Intermédiaire » whole and beside its heading (it read « Intermédiai / re »
        // under the heading); the dashboard does not scroll sideways either.
        long melec = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment() + "/classes", teacher, null, 200), "code", "1MELEC");
        long november = Api.idWhere(api.expect("GET", "/api/v1/school-evaluations?classId=" + melec, teacher, null, 200), "date", "2026-11-17");
        session.open("/#/evaluations?classe=" + melec);
        String cell = "tr[data-row='" + november + "'] td[data-label='Niveau de complexité']";
        session.waitForText(By.cssSelector(cell), "Intermédiaire");
        assertEquals("1 line(s), value column", PhoneLayout.wordInItsCell(session, cell, "Intermédiaire"));
        session.assertNoSidewaysScrolling();
        session.open("/#/tableau-de-bord/" + chloe);
        session.waitFor(By.cssSelector("[data-dashboard='" + chloe + "'] [data-section]"));
        session.assertNoSidewaysScrolling();

        // Without a level asked for, the synthesis opens on the level of the class the evaluations open on, named as
        // people name it (it opened on « CAP Électricien 1re année (CAP_ELEC) »).
        session.open("/#/synthese-pfmp");
        Select level = new Select(session.waitFor(By.cssSelector("[data-page='synthesis'] [data-filter='class-level']")));
        assertEquals("Première MELEC", level.getFirstSelectedOption().getText());
        assertTrue(level.getOptions().stream().noneMatch(o -> o.getText().contains("(")));
    }
}
