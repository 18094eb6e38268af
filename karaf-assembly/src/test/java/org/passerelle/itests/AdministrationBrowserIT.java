package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-in, the administrator's pages and a trainer opening their e-mailed link, in headless Chromium against
 * the distribution with its sample data (mail goes to the outbox folder, as out of the box).
 */
public class AdministrationBrowserIT {

    private static final String PASSWORD = SampleDataBrowser.PASSWORD;
    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.rule("admin-browser-it", "18292");
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final WebDriver browser = session.browser;
    private final DistributionProcess platform = session.platform;
    private static long establishment;

    @BeforeClass
    public static void start() throws Exception {
        String admin = session.api().signIn("admin", PASSWORD);
        establishment = Api.parse(session.api().send("GET", "/api/v1/establishments", admin, null, null)).get(0).get("id").asLong();
    }

    @Test
    public void anAdministratorSignsInAndImportsLearnersFromACsvAfterAPreview() throws Exception {
        browser.get(platform.baseUrl() + "/#/admin/etablissements/" + establishment + "/imports");
        session.signIn("admin");
        WebElement header = session.waitFor(By.cssSelector("[data-current-user]"));
        assertEquals("admin", header.getAttribute("data-current-user"));
        assertEquals("ADMIN", header.getAttribute("data-current-role"));

        Path csv = Files.createTempFile("eleves", ".csv");
        Files.writeString(csv, "nom;prenom;ine;date_naissance;classe;statut\n"
                + "NAVIGATEUR;Anaïs;0000000055N;2009-10-10;1MELEC;élève\n"
                + "ERREUR;Ine;12;2009-10-10;1MELEC;élève\n", StandardCharsets.UTF_8);
        session.waitFor(By.cssSelector("[data-form='import'] input[type='radio'][value='CSV']")).click();
        browser.findElement(By.cssSelector("[data-form='import'] input[type='file']")).sendKeys(csv.toString());
        browser.findElement(By.cssSelector("[data-action='preview-import']")).click();
        session.waitFor(By.cssSelector("[data-import-result='preview']"));
        assertEquals(1, browser.findElements(By.cssSelector("[data-import='create'] li")).size());
        List<WebElement> refused = browser.findElements(By.cssSelector("[data-import='refused'] li"));
        assertEquals(1, refused.size());
        assertEquals("3", refused.get(0).getAttribute("data-line"));
        assertTrue(refused.get(0).getText(), refused.get(0).getText().contains("INE"));

        browser.findElement(By.cssSelector("[data-action='apply-import']")).click();
        session.waitFor(By.cssSelector("[data-import-result='applied']"));
        browser.get(platform.baseUrl() + "/#/admin/etablissements/" + establishment + "/apprenants");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "NAVIGATEUR"));

        // An imported learner has no password yet: the administrator hands the account over with a reset.
        WebElement row = browser.findElement(By.xpath("//*[@data-row][contains(., 'NAVIGATEUR')]"));
        row.findElement(By.cssSelector("[data-action='reset-password']")).click();
        WebElement secret = session.waitFor(By.cssSelector("[data-one-time-password]"));
        String password = secret.getAttribute("data-one-time-password");
        assertTrue(secret.getText(), secret.getText().contains("anais.navigateur"));
        assertEquals("LEARNER", Api.parse(platform.api().send("GET", "/api/v1/me", platform.api().signIn("anais.navigateur", password), null, null))
                .get("role").asText());

        browser.findElement(By.cssSelector("[data-action='sign-out']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("[data-current-user]")).isEmpty());
    }

    @Test
    public void aTeacherIsRefusedTheAdministrationPagesInFrench() throws Exception {
        browser.get(platform.baseUrl() + "/#/connexion");
        session.signIn("prof.melec");
        session.waitFor(By.cssSelector("[data-current-user='prof.melec']"));
        browser.get(platform.baseUrl() + "/#/admin/etablissements");
        WebElement forbidden = session.waitFor(By.cssSelector("[data-page='forbidden']"));
        assertTrue(forbidden.getText(), forbidden.getText().contains("Accès refusé"));
    }

    @Test
    public void aWrongPasswordIsSaidInFrenchNextToTheForm() throws Exception {
        browser.get(platform.baseUrl() + "/#/connexion");
        session.waitFor(By.name("login")).sendKeys("ddfpt");
        browser.findElement(By.name("password")).sendKeys("pas-le-bon");
        browser.findElement(By.cssSelector("[data-form='sign-in'] button[type='submit']")).click();
        WebElement alert = session.waitFor(By.cssSelector("[data-form='sign-in'] [role='alert']"));
        assertTrue(alert.getText(), alert.getText().contains("incorrect"));
    }

    @Test
    public void theDdfptsEstablishmentPagesFitAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(platform.baseUrl() + "/#/admin/etablissements/" + establishment + "/apprenants");
        session.signIn("ddfpt");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "GIRARD"));
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue("no sideways scrolling on a phone, overflow " + overflow + " px", overflow.intValue() <= 0);
    }

    @Test
    public void aTrainerOpensTheLinkFromTheOutboxEmailAndSeesTheirLearner() throws Exception {
        Api api = platform.api();
        String teacher = api.signIn("prof.melec", PASSWORD);
        long chloe = -1;
        for (JsonNode learner : Api.parse(api.send("GET", "/api/v1/establishments/" + establishment + "/learners", teacher, null, null))) {
            if ("chloe.girard".equals(learner.get("login").asText())) {
                chloe = learner.get("id").asLong();
            }
        }
        long trainer = Api.parse(api.send("POST", "/api/v1/establishments/" + establishment + "/trainers", teacher,
                "{\"familyName\":\"Durand\",\"firstName\":\"Marc\",\"email\":\"marc.durand@entreprise.example\"}", null)).get("id").asLong();
        JsonNode issued = Api.parse(api.send("POST", "/api/v1/trainers/" + trainer + "/links", teacher, "{\"grant\":\"learner:" + chloe + "\"}", null));
        assertEquals("QUEUED", issued.get("delivery").asText());
        assertEquals("OUTBOX", api.awaitSent(teacher, trainer, issued.get("id").asLong()).get("transport").asText());

        String mail = session.newestOutboxMail();
        String link = SampleDataBrowser.accessLink(mail);
        browser.get(link);
        WebElement granted = session.waitFor(By.cssSelector("[data-granted-learner]"));
        assertTrue(granted.getText(), granted.getText().contains("GIRARD") && granted.getText().contains("1MELEC"));
        assertFalse("the token leaves the address bar", browser.getCurrentUrl().contains("/acces/"));
        assertEquals("TUTOR", browser.findElement(By.cssSelector("[data-current-role]")).getAttribute("data-current-role"));

        browser.manage().deleteAllCookies();
        browser.get(link.replaceAll(".$", "x"));
        WebElement dead = session.waitFor(By.cssSelector("[data-page='trainer-link'] h1"));
        assertTrue(dead.getText(), dead.getText().contains("non valable"));
    }

    @Test
    public void aTutorOpensTheEmailedLinkOnAPhoneAndReadsTheLiaisonSheet() throws Exception {
        Api api = platform.api();
        String teacher = api.signIn("prof.melec", PASSWORD);
        String e = "/api/v1/establishments/" + establishment;
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "MELEC");
        long lucas = Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", "lucas.bonnet");
        long annex = api.expect("POST", e + "/annexes", teacher, "{\"classLevelId\":" + level + ",\"name\":\"Annexe\","
                + "\"objectives\":[\"Câbler un tableau en autonomie\"],\"tasks\":[\"T2-3\"]}", 201).get("id").asLong();
        long period = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"PFMP 1\",\"kind\":\"PERIOD_1\","
                + "\"startDate\":\"2027-01-04\",\"endDate\":\"2027-01-29\",\"learnerIds\":[" + lucas + "]}", 201).get("id").asLong();
        JsonNode placement = api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200).get(0);
        String learner = api.signIn("lucas.bonnet", PASSWORD);
        api.expect("PUT", "/api/v1/placements/" + placement.get("id").asLong() + "/place", learner, "{\"companyName\":\"Électricité Saône et Fils\","
                + "\"sector\":\"Bâtiment\",\"tutorName\":\"Marie Curie\",\"tutorEmail\":\"marie.curie@entreprise.example\",\"version\":"
                + placement.get("version").asInt() + "}", 200);
        long tutor = api.expect("POST", "/api/v1/placements/" + placement.get("id").asLong() + "/tutor", teacher,
                "{\"familyName\":\"Curie\",\"firstName\":\"Marie\",\"email\":\"marie.curie@entreprise.example\"}", 201)
                .get("tutor").get("id").asLong();
        JsonNode issuedLink = api.expect("POST", "/api/v1/placements/" + placement.get("id").asLong() + "/tutor/link", teacher, null, 201);
        api.awaitSent(teacher, tutor, issuedLink.get("id").asLong());

        String mail = session.newestOutboxMail();
        String link = SampleDataBrowser.accessLink(mail);
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(link);
        WebElement company = session.waitFor(By.cssSelector("[data-liaison-field='companyName']"));
        assertEquals("Électricité Saône et Fils", company.getText().trim());
        // The planned task with its title from the period's referential version, once the referential has loaded.
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-task-code='T2-3']"), "Câbler, raccorder les matériels électriques"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page, page.contains("Câbler un tableau en autonomie") && page.contains("BONNET Lucas") && page.contains("PFMP 1"));
        assertTrue(browser.findElement(By.cssSelector("[data-action='attendance-certificate']")).isDisplayed());
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue("the tutor's page fits a phone, overflow " + overflow + " px", overflow.intValue() <= 0);
    }



}
