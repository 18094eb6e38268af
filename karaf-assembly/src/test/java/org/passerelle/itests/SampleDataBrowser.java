package org.passerelle.itests;

import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.rules.ExternalResource;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A distribution started with its sample data (mail to the outbox folder, as out of the box) and a headless
 * Chromium looking at it: what the browser tests of the signed-in pages share.
 *
 * <p>A browser test takes it as its class rule, which starts both before the first test and stops them after the
 * last (the platform checked for orphan rows once stopped), and takes {@link #afterEachTest()} as its rule, which
 * quits the other browsers a test opened ({@link #anotherBrowser()}) and leaves the main one {@link #reset()}:
 * <pre>
 * &#64;ClassRule public static final SampleDataBrowser session = SampleDataBrowser.rule("periods-browser-it", "18293");
 * &#64;Rule public final TestRule afterEachTest = session.afterEachTest();
 * </pre>
 */
final class SampleDataBrowser extends ExternalResource implements AutoCloseable {

    static final String PASSWORD = "passerelle-demo";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern ACCESS_LINK = Pattern.compile("(http://[^\\s]+/#/acces/[A-Za-z0-9_-]{43})");

    private final String name;
    private final String port;
    private final boolean sampleData;
    private final List<WebDriver> otherBrowsers = new ArrayList<>();
    /** Set once started (by the class rule, or {@link #start}). */
    DistributionProcess platform;
    WebDriver browser;

    private SampleDataBrowser(String name, String port, boolean sampleData) {
        this.name = name;
        this.port = port;
        this.sampleData = sampleData;
    }

    /** The class rule of a browser test: the platform, with its sample data, on that port, under target/{name}. */
    static SampleDataBrowser rule(String name, String port) {
        return new SampleDataBrowser(name, port, true);
    }

    /** The same without the sample data: the distribution as shipped. */
    static SampleDataBrowser ruleWithoutSampleData(String name, String port) {
        return new SampleDataBrowser(name, port, false);
    }

    /** Started at once, for a test that manages it itself ({@link #close()} stops it). */
    static SampleDataBrowser start(String name, String port) throws Exception {
        SampleDataBrowser session = rule(name, port);
        session.startBoth();
        return session;
    }

    @Override
    protected void before() throws Throwable {
        startBoth();
    }

    private void startBoth() throws Exception {
        platform = new DistributionProcess(name, port);
        if (sampleData) {
            platform.configure("system.properties", "passerelle.sampleData", "true");
        }
        platform.start();
        try {
            browser = ReferentialPagesBrowserIT.headlessChromium();
        } catch (Exception | AssertionError e) {
            try {
                platform.stop();
            } catch (Exception stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        }
    }

    @Override
    protected void after() {
        try {
            close();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("stopping " + name, e);
        }
    }

    /** The rule of each test: after it (passed or not), the browsers it opened quit and the main one {@link #reset()}. */
    TestRule afterEachTest() {
        return new ExternalResource() {
            @Override
            protected void after() {
                try {
                    quitOtherBrowsers();
                } finally {
                    reset();
                }
            }
        };
    }

    /** A second headless Chromium (a tutor on their phone beside the teacher...), quit after the test. */
    WebDriver anotherBrowser() throws java.io.IOException {
        WebDriver other = ReferentialPagesBrowserIT.headlessChromium();
        otherBrowsers.add(other);
        return other;
    }

    private void quitOtherBrowsers() {
        RuntimeException failure = null;
        for (WebDriver other : otherBrowsers) {
            try {
                other.quit();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        otherBrowsers.clear();
        if (failure != null) {
            throw failure;
        }
    }

    Api api() {
        return platform.api();
    }

    /** Opens a page of the front, e.g. "/#/periodes". */
    void open(String path) {
        browser.get(platform.baseUrl() + path);
    }

    /** Between tests: signed out, on no page, desktop size. */
    void reset() {
        // Cookies are deleted for the site shown, so first; then leave the page: a get() that only changes the hash
        // would keep the previous test's page and the session it holds in memory.
        browser.manage().deleteAllCookies();
        browser.get("about:blank");
        phoneSize(false);
    }

    void phoneSize(boolean phone) {
        browser.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 900));
    }

    /** Fills the sign-in page shown and waits until the header names the person. */
    void signIn(String login) {
        waitFor(By.name("login")).sendKeys(login);
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("[data-form='sign-in'] button[type='submit']")).click();
        waitFor(By.cssSelector("[data-current-user='" + login + "']"));
    }

    void signOut() {
        click(By.cssSelector("[data-action='sign-out']"));
        new WebDriverWait(browser, WAIT).until(d -> d.findElements(By.cssSelector("[data-current-user]")).isEmpty());
    }

    /** The element once visible; on a time-out, says what the page showed instead. */
    WebElement waitFor(By selector) {
        try {
            return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(selector));
        } catch (TimeoutException timeout) {
            throw new AssertionError("not shown: " + selector + "\nat " + browser.getCurrentUrl() + "\n"
                    + browser.findElement(By.tagName("body")).getText(), timeout);
        }
    }

    void click(By selector) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(selector)).click();
    }

    void waitForText(WebElement element, String text) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElement(element, text));
    }

    void waitForText(By selector, String text) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(selector, text));
    }

    void assertNoSidewaysScrolling() {
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue("no sideways scrolling on a phone, overflow " + overflow + " px", overflow.intValue() <= 0);
    }

    /** The newest e-mail of the outbox folder, quoted-printable soft breaks and "=3D" undone. */
    String newestOutboxMail() throws Exception {
        Path outbox = platform.home().resolve("data/passerelle/outbox");
        try (Stream<Path> files = Files.list(outbox)) {
            Path newest = files.filter(f -> f.toString().endsWith(".eml")).max(Comparator.comparing(Path::getFileName)).orElseThrow();
            String raw = Files.readString(newest, StandardCharsets.UTF_8).replace("=\r\n", "").replace("=\n", "");
            return raw.replace("=3D", "=");
        }
    }

    /** The access link an e-mail carries, on 127.0.0.1 (the browser's address of the platform). */
    static String accessLink(String mail) {
        Matcher url = ACCESS_LINK.matcher(mail);
        assertTrue(mail, url.find());
        return url.group(1).replace("localhost", "127.0.0.1");
    }

    /** What {@link #periodOf} made: the class level, the learner, the period and the learner's placement in it. */
    record PeriodSetUp(long level, long learner, long period, long placement) {
    }

    /**
     * Through the API, in the sample establishment: an annex of the level of {@code referential}, and a period made from
     * it with one learner (by login).
     */
    PeriodSetUp periodOf(String teacher, String referential, String login, String annexName, String objective, java.util.List<String> tasks,
                         String periodName, String kind, String start, String end) throws Exception {
        Api api = api();
        String admin = api.signIn("admin", PASSWORD);
        String e = "/api/v1/establishments/" + Api.parse(api.send("GET", "/api/v1/establishments", admin, null, null)).get(0).get("id").asLong();
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", referential);
        long learner = Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", login);
        var mapper = Api.mapper();
        long annex = api.expect("POST", e + "/annexes", teacher, mapper.writeValueAsString(java.util.Map.of("classLevelId", level, "name", annexName,
                "objectives", java.util.List.of(objective), "tasks", tasks)), 201).get("id").asLong();
        long period = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, mapper.writeValueAsString(java.util.Map.of("name", periodName,
                "kind", kind, "startDate", start, "endDate", end, "learnerIds", java.util.List.of(learner))), 201).get("id").asLong();
        long placement = api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200).get(0).get("id").asLong();
        return new PeriodSetUp(level, learner, period, placement);
    }

    /** Quits every browser and stops the platform, then checks its database for orphan rows. */
    @Override
    public void close() throws Exception {
        if (platform == null) {
            return;
        }
        try {
            quitOtherBrowsers();
        } finally {
            try {
                if (browser != null) {
                    browser.quit();
                }
            } finally {
                platform.stop();
            }
        }
        platform.assertNoOrphans();
    }

    /** Runs a script in the page (arguments as Selenium passes them). */
    Object js(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Waits until the follow-up page shown (data-doc-page) says « Enregistré à HH:MM »: the autosave answered. */
    void awaitSaved(String pageCode) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(d -> {
            java.util.List<org.openqa.selenium.WebElement> state = d.findElements(
                    org.openqa.selenium.By.cssSelector("[data-doc-page='" + pageCode + "'] [data-save-state='saved']"));
            return !state.isEmpty() && state.get(0).getText().startsWith("Enregistré à");
        });
    }
}
