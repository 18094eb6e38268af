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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
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
 * prepares a period from an annex and edits its four pages; a learner fills their liaison sheet on a phone and
 * starts an activity sheet; the teacher individualises the sheet, re-aligns it, creates the tutor from it and
 * e-mails the link; a master adjusts an apprentice's sheet; a period is deleted after confirmation, its sheet
 * waits in the free-sheets folder, and the period is restored. Each test works on its own class level.
 */
public class PeriodsBrowserIT {

    private static final String PASSWORD = "passerelle-demo";
    private static DistributionProcess platform;
    private static WebDriver browser;
    private static Api api;
    private static String e;

    @BeforeClass
    public static void start() throws Exception {
        platform = new DistributionProcess("periods-browser-it", "18293").configure("system.properties", "passerelle.sampleData", "true");
        platform.start();
        browser = ReferentialPagesBrowserIT.headlessChromium();
        api = platform.api();
        String admin = api.signIn("admin", PASSWORD);
        e = "/api/v1/establishments/" + Api.parse(api.send("GET", "/api/v1/establishments", admin, null, null)).get(0).get("id").asLong();
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.stop();
        }
    }

    @After
    public void signOutAndResize() {
        browser.manage().deleteAllCookies();
        browser.get("about:blank");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    public void aTeacherCreatesAnAnnexThenAPeriodFromItAndEditsItsFourPagesWithoutChangingTheAnnex() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "MELEC");
        browser.get(platform.baseUrl() + "/#/periodes");
        signIn("prof.melec");
        new Select(waitFor(By.cssSelector("[data-filter='class-level']"))).selectByValue(String.valueOf(level));
        waitFor(By.cssSelector("[data-class-level='" + level + "'] [data-empty='periods']"));

        // No period without an annex: the empty view leads to the annexes, where one is created.
        click(By.cssSelector("[data-nav='annexes']"));
        click(By.cssSelector("[data-action='new-annex']"));
        waitFor(By.cssSelector("[data-form='annex'] [name='name']")).sendKeys("Annexe PFMP MELEC");
        browser.findElement(By.cssSelector("[data-form='annex'] textarea[name='objectives']"))
                .sendKeys("Réaliser une installation en sécurité\nCommuniquer avec le client");
        checkTask("T1-1");
        checkTask("T2-3");
        browser.findElement(By.cssSelector("[data-form='annex'] button[type='submit']")).click();
        WebElement annexCard = waitFor(By.xpath("//*[@data-annex][contains(., 'Annexe PFMP MELEC')]"));
        assertTrue(annexCard.getText(), annexCard.getText().contains("2 objectifs") && annexCard.getText().contains("2 tâches"));
        long annex = Long.parseLong(annexCard.getAttribute("data-annex"));

        annexCard.findElement(By.cssSelector("[data-action='new-period']")).click();
        WebElement name = waitFor(By.cssSelector("[data-form='new-period'] [name='name']"));
        name.clear();
        name.sendKeys("PFMP 1 — janvier");
        setDate("startDate", "2027-01-29");
        setDate("endDate", "2027-01-04");
        click(By.cssSelector("[data-form='new-period'] button[type='submit']"));
        WebElement endError = waitFor(By.cssSelector("[data-form='new-period'] .has-error .form-field__error"));
        assertTrue(endError.getText(), endError.getText().contains("précéder"));
        setDate("startDate", "2027-01-04");
        setDate("endDate", "2027-01-29");
        assertEquals("both learners of the level are chosen at first", 2,
                browser.findElements(By.cssSelector("[data-learner-choice] input[type='checkbox']:checked")).size());
        click(By.cssSelector("[data-form='new-period'] button[type='submit']"));

        // Back to the view by periods, the new period chosen, its learners listed.
        WebElement selected = waitFor(By.cssSelector("[data-selected-period]"));
        long period = Long.parseLong(selected.getAttribute("data-selected-period"));
        waitForText(selected, "GIRARD");
        assertTrue(selected.getText(), selected.getText().contains("BONNET") && selected.getText().contains("PFMP 1 — janvier"));

        click(By.cssSelector("[data-action='edit-period']"));
        WebElement info = waitFor(By.cssSelector("[data-form='period-information'] [name='name']"));
        info.clear();
        info.sendKeys("PFMP 1 — hiver");
        click(By.cssSelector("[data-form='period-information'] button[type='submit']"));
        waitFor(By.cssSelector("[data-success='period-informations']"));

        click(By.cssSelector("[data-tab='apprenants']"));
        WebElement girard = waitFor(By.xpath("//*[@data-learner-choice]//label[contains(., 'GIRARD')]/input"));
        girard.click();
        waitFor(By.cssSelector("[data-warning='learners-removed']"));
        click(By.cssSelector("[data-form='period-learners'] button[type='submit']"));
        waitFor(By.cssSelector("[data-success='period-apprenants']"));

        click(By.cssSelector("[data-tab='objectifs']"));
        WebElement objectives = waitFor(By.cssSelector("[data-form='period-objectives'] textarea"));
        objectives.sendKeys("\nLire un schéma électrique");
        click(By.cssSelector("[data-form='period-objectives'] button[type='submit']"));
        waitFor(By.cssSelector("[data-success='period-objectifs']"));

        click(By.cssSelector("[data-tab='activites']"));
        checkTask("T1-1");
        click(By.cssSelector("[data-form='period-activities'] button[type='submit']"));
        waitFor(By.cssSelector("[data-success='period-activites']"));

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
    }

    @Test
    public void aLearnerFillsTheLiaisonSheetOnAPhoneThenTheTeacherIndividualisesItAndSendsTheTutorTheLink() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "MSPC");
        long ines = Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", "ines.moreau");
        long annex = api.expect("POST", e + "/annexes", teacher, "{\"classLevelId\":" + level + ",\"name\":\"Annexe MSPC\","
                + "\"objectives\":[\"Diagnostiquer une panne\"],\"tasks\":[\"A1T1\"]}", 201).get("id").asLong();
        long period = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"PFMP MSPC\",\"kind\":\"PERIOD_2\","
                + "\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-26\",\"learnerIds\":[" + ines + "]}", 201).get("id").asLong();
        long placement = api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200).get(0).get("id").asLong();

        // The learner, on a phone: « Mes périodes », the liaison sheet, the place.
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(platform.baseUrl() + "/#/mes-periodes");
        signIn("ines.moreau");
        click(By.cssSelector("[data-page='my-periods'] [data-action='open-placement']"));
        waitFor(By.cssSelector("[data-form='place']"));
        click(By.cssSelector("[data-form='place'] button[type='submit']"));
        waitFor(By.cssSelector("[data-form='place'] .form-alert"));
        assertEquals("the three required fields are flagged", 3, browser.findElements(By.cssSelector("[data-form='place'] .has-error")).size());
        type("companyName", "Maintenance Rhône Industrie");
        type("sector", "Maintenance industrielle");
        type("tutorName", "Paul Martin");
        type("tutorEmail", "paul.martin@mri.example");
        click(By.cssSelector("[data-form='place'] button[type='submit']"));
        waitFor(By.cssSelector("[data-success='place']"));
        assertNoSidewaysScrolling();

        click(By.cssSelector("[data-tab='fiches']"));
        waitFor(By.cssSelector("[data-form='sheet'] [name='title']")).sendKeys("Remplacement d’un roulement");
        click(By.cssSelector("[data-form='sheet'] button[type='submit']"));
        WebElement sheet = waitFor(By.cssSelector("[data-sheet]"));
        assertTrue(sheet.getText(), sheet.getText().contains("Remplacement d’un roulement"));
        assertTrue("the learner has no tutor tab", browser.findElements(By.cssSelector("[data-tab='tuteur']")).isEmpty());
        assertTrue("the learner cannot individualise", browser.findElements(By.cssSelector("[data-form^='individualisation']")).isEmpty());

        // The teacher individualises the objectives; the period changes; the sheet differs; it is re-aligned.
        signOut();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(platform.baseUrl() + "/#/fiches-liaison/" + placement + "/objectifs");
        signIn("prof.mspc");
        WebElement objectives = waitFor(By.cssSelector("[data-form='individualisation-objectives'] textarea"));
        objectives.sendKeys("\nRespecter les consignes de sécurité du site");
        click(By.cssSelector("[data-form='individualisation-objectives'] button[type='submit']"));
        waitFor(By.cssSelector("[data-success='individualisation']"));
        assertFalse(browser.findElements(By.cssSelector("h1 ~ .badges [data-individualised]")).isEmpty());
        JsonNode current = api.expect("GET", "/api/v1/periods/" + period, teacher, null, 200);
        api.expect("PUT", "/api/v1/periods/" + period + "/objectives", teacher,
                "{\"objectives\":[\"Diagnostiquer une panne\",\"Rédiger un compte rendu\"],\"version\":" + current.get("version").asInt() + "}", 200);
        browser.navigate().refresh();
        waitFor(By.cssSelector("[data-differs]"));
        click(By.cssSelector("[data-action='realign']"));
        waitFor(By.cssSelector("[data-success='realign']"));
        assertEquals(List.of("Diagnostiquer une panne", "Rédiger un compte rendu"),
                texts(api.expect("GET", "/api/v1/placements/" + placement, teacher, null, 200).get("objectives")));

        // The tutor, pre-filled from the liaison sheet, then the link by e-mail.
        click(By.cssSelector("[data-tab='tuteur']"));
        assertEquals("Martin", waitFor(By.cssSelector("[data-form='tutor'] [name='familyName']")).getAttribute("value"));
        assertEquals("Paul", browser.findElement(By.cssSelector("[data-form='tutor'] [name='firstName']")).getAttribute("value"));
        assertEquals("paul.martin@mri.example", browser.findElement(By.cssSelector("[data-form='tutor'] [name='email']")).getAttribute("value"));
        click(By.cssSelector("[data-form='tutor'] button[type='submit']"));
        waitFor(By.cssSelector("[data-tutor]"));
        click(By.cssSelector("[data-action='send-tutor-link']"));
        WebElement sent = waitFor(By.cssSelector("[data-success='tutor-link']"));
        assertTrue(sent.getText(), sent.getText().contains("paul.martin@mri.example"));
        String mail = newestOutboxMail();
        assertTrue(mail, mail.contains("paul.martin@mri.example"));
        Matcher url = Pattern.compile("(http://[^\\s]+/#/acces/[A-Za-z0-9_-]{43})").matcher(mail);
        assertTrue(mail, url.find());

        // The tutor's link opens this sheet, with the company the learner typed.
        signOut();
        browser.get(url.group(1).replace("localhost", "127.0.0.1"));
        assertEquals("Maintenance Rhône Industrie", waitFor(By.cssSelector("[data-liaison-field='companyName']")).getText().trim());

        // The teacher deactivates the link: it opens nothing any more.
        signOut();
        browser.get(platform.baseUrl() + "/#/fiches-liaison/" + placement + "/tuteur");
        signIn("prof.mspc");
        waitFor(By.cssSelector("[data-link-state='active']"));
        click(By.cssSelector("[data-action='revoke-link']"));
        waitFor(By.cssSelector("[data-link-state='revoked']"));
        signOut();
        browser.get(url.group(1).replace("localhost", "127.0.0.1"));
        WebElement dead = waitFor(By.cssSelector("[data-page='trainer-link'] h1"));
        assertTrue(dead.getText(), dead.getText().contains("non valable"));
    }

    @Test
    public void aMasterAdjustsTheTasksOfTheirApprenticesSheetAndHasNoTutorToCreate() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "CAP_ELEC");
        long yanis = Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", "yanis.fontaine");
        long annex = api.expect("POST", e + "/annexes", teacher, "{\"classLevelId\":" + level + ",\"name\":\"Annexe CAP\","
                + "\"objectives\":[\"Poser des goulottes\"],\"tasks\":[\"TA 1-1\"]}", 201).get("id").asLong();
        long period = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"Période CAP\",\"kind\":\"OTHER\","
                + "\"startDate\":\"2027-05-03\",\"endDate\":\"2027-05-28\",\"learnerIds\":[" + yanis + "]}", 201).get("id").asLong();
        long placement = api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200).get(0).get("id").asLong();

        browser.get(platform.baseUrl() + "/#/mes-periodes");
        signIn("maitre.lefebvre");
        WebElement folders = waitFor(By.cssSelector("[data-learner-folders]"));
        waitForText(folders, "Période CAP");
        assertTrue(folders.getText(), folders.getText().contains("FONTAINE"));
        folders.findElement(By.cssSelector("[data-action='open-placement']")).click();
        WebElement readOnly = waitFor(By.cssSelector("[data-place='read-only']"));
        assertTrue("a master reads the place", readOnly.isDisplayed());
        assertTrue("no tutor for an apprentice", browser.findElements(By.cssSelector("[data-tab='tuteur']")).isEmpty());
        click(By.cssSelector("[data-tab='activites']"));
        checkTask("TA 2-1");
        click(By.cssSelector("[data-form='individualisation-tasks'] button[type='submit']"));
        waitFor(By.cssSelector("[data-success='individualisation']"));
        assertEquals(List.of("TA 1-1", "TA 2-1"), texts(api.expect("GET", "/api/v1/placements/" + placement, teacher, null, 200).get("tasks")));
        assertTrue("only the teaching team re-aligns", browser.findElements(By.cssSelector("[data-action='realign']")).isEmpty());
    }

    @Test
    public void deletingAPeriodAsksForConfirmationThenItsSheetsWaitInTheFreeSheetsFolderUntilItIsRestored() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "PMIA");
        long lea = Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", "lea.petit");
        long annex = api.expect("POST", e + "/annexes", teacher, "{\"classLevelId\":" + level + ",\"name\":\"Annexe PMIA\","
                + "\"objectives\":[\"Observer\"],\"tasks\":[]}", 201).get("id").asLong();
        long period = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"Découverte PMIA\",\"kind\":\"PERIOD_1\","
                + "\"startDate\":\"2027-06-01\",\"endDate\":\"2027-06-18\",\"learnerIds\":[" + lea + "]}", 201).get("id").asLong();
        long placement = api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200).get(0).get("id").asLong();
        api.expect("POST", "/api/v1/placements/" + placement + "/sheets", api.signIn("lea.petit", PASSWORD), "{\"title\":\"Ma première semaine\"}", 201);

        browser.get(platform.baseUrl() + "/#/periodes?niveau=" + level + "&periode=" + period);
        signIn("prof.mspc");
        WebElement selected = waitFor(By.cssSelector("[data-selected-period='" + period + "']"));
        waitFor(By.cssSelector("[data-sheet-count='1']"));
        click(By.cssSelector("[data-action='delete-period']"));
        WebElement confirm = waitFor(By.cssSelector("[data-confirm='delete-period']"));
        assertTrue(confirm.getText(), confirm.getText().contains("Fiches libres") && confirm.getText().contains("30 jours"));
        click(By.cssSelector("[data-action='cancel-delete']"));
        assertTrue(browser.findElements(By.cssSelector("[data-confirm='delete-period']")).isEmpty());
        assertEquals(200, api.send("GET", "/api/v1/periods/" + period, teacher, null, null).statusCode());

        click(By.cssSelector("[data-action='delete-period']"));
        click(By.cssSelector("[data-action='confirm-delete']"));
        WebElement done = waitFor(By.cssSelector("[data-success='period']"));
        assertTrue(done.getText(), done.getText().contains("Découverte PMIA"));
        waitFor(By.cssSelector("[data-deleted-period='" + period + "']"));
        assertTrue(browser.findElements(By.cssSelector("[data-period='" + period + "']")).isEmpty());
        assertTrue(selected.toString(), browser.findElements(By.cssSelector("[data-selected-period]")).isEmpty());

        // The view by learners: the sheet is in Léa's free-sheets folder.
        click(By.cssSelector("[data-view='learners']"));
        click(By.xpath("//*[@data-learner][contains(., 'PETIT')]"));
        WebElement free = waitFor(By.cssSelector("[data-free-sheets]"));
        assertTrue(free.getText(), free.getText().contains("Ma première semaine") && free.getText().contains("Découverte PMIA"));

        click(By.cssSelector("[data-view='periods']"));
        click(By.cssSelector("[data-deleted-period='" + period + "'] [data-action='restore-period']"));
        waitFor(By.cssSelector("[data-period='" + period + "']"));
        assertEquals(1, api.expect("GET", "/api/v1/placements/" + placement + "/sheets", teacher, null, 200).size());
        assertEquals(0, api.expect("GET", "/api/v1/learners/" + lea + "/free-sheets", teacher, null, 200).size());
    }

    // ---------------------------------------------------------------------------------------------------------

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void checkTask(String code) {
        click(By.cssSelector("[data-task-picker] input[value='" + code + "']"));
    }

    private static void type(String name, String text) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take their value in the browser's locale when typed: set it as the page's script would. */
    private static void setDate(String name, String iso) {
        WebElement input = browser.findElement(By.name(name));
        ((JavascriptExecutor) browser).executeScript("const i = arguments[0]; i.value = arguments[1];"
                + " i.dispatchEvent(new Event('input', { bubbles: true }));", input, iso);
    }

    private static void assertNoSidewaysScrolling() {
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue("no sideways scrolling on a phone, overflow " + overflow + " px", overflow.intValue() <= 0);
    }

    private static String newestOutboxMail() throws Exception {
        Path outbox = platform.home().resolve("data/passerelle/outbox");
        try (Stream<Path> files = Files.list(outbox)) {
            Path newest = files.filter(f -> f.toString().endsWith(".eml")).max(java.util.Comparator.comparing(Path::getFileName)).orElseThrow();
            String raw = Files.readString(newest, StandardCharsets.UTF_8).replace("=\r\n", "").replace("=\n", "");
            return raw.replace("=3D", "=");
        }
    }

    private static void signIn(String login) {
        waitFor(By.name("login")).sendKeys(login);
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("[data-form='sign-in'] button[type='submit']")).click();
        waitFor(By.cssSelector("[data-current-user='" + login + "']"));
    }

    private static void signOut() {
        click(By.cssSelector("[data-action='sign-out']"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("[data-current-user]")).isEmpty());
    }

    private static void click(By selector) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(selector)).click();
    }

    private static void waitForText(WebElement element, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElement(element, text));
    }

    private static WebElement waitFor(By selector) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(selector));
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError("not shown: " + selector + "\nat " + browser.getCurrentUrl() + "\n"
                    + browser.findElement(By.tagName("body")).getText(), timeout);
        }
    }
}
