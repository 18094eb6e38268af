package org.passerelle.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 10, item 10 ("light on mobile data"), against the distribution with its sample data: static assets compressed
 * and versioned, the staff's modules kept away from a tutor and a learner, a page whose module cannot be fetched saying
 * so in French, and the cold load of a tutor's page measured on Chromium's "Slow 3G" emulation. The measure is printed,
 * never asserted (it depends on the machine); what cannot flake is asserted.
 */
public class MobileDataBrowserIT {

    private static final String PORT = "18207";
    private static final String PASSWORD = SampleDataBrowser.PASSWORD;
    /** The staff's modules (administration, imports, annexes, periods management) that a tutor or a learner never needs. */
    private static final List<String> STAFF_MODULES = List.of("/components/admin-establishments.js", "/components/admin-establishment.js",
            "/components/admin-people.js", "/components/admin-imports.js", "/components/annexes.js", "/components/periods-page.js",
            "/components/period-page.js", "/components/period-tutors.js");
    /**
     * Chrome DevTools' "Slow 3G" preset: 2,000 ms of latency added to every request, 400 kbit/s (50,000 bytes/s) down
     * and up.
     */
    private static final Map<String, Object> SLOW_3G = Map.of("offline", false, "latency", 2000, "downloadThroughput", 50_000,
            "uploadThroughput", 50_000);
    private static final Map<String, Object> NO_THROTTLING = Map.of("offline", false, "latency", 0, "downloadThroughput", -1,
            "uploadThroughput", -1);
    private static final Pattern VERSIONED_MODULE = Pattern.compile("\"/app/components/trainer-access\\.js\"\\s*:\\s*\"(/v/[0-9a-f]+/app/components/trainer-access\\.js)\"");

    @ClassRule
    public static final SampleDataBrowser session = SampleDataBrowser.rule("mobile-data-browser-it", PORT);
    @Rule
    public final TestRule afterEachTest = session.afterEachTest();
    private final Api api = session.api();

    @After
    public void backToNormal() {
        cdp("Network.emulateNetworkConditions", NO_THROTTLING);
        cdp("Network.setCacheDisabled", Map.of("cacheDisabled", false));
    }

    @Test
    public void textAssetsAreCompressedAndVersionedOnesCachedForAYear() throws Exception {
        HttpResponse<byte[]> page = gzipGet("/");
        assertCompressed("/", page);
        assertEquals("the page is revalidated at each visit", "no-cache", header(page, "Cache-Control"));
        String html = new String(gunzip(page.body()), StandardCharsets.UTF_8);
        Matcher module = VERSIONED_MODULE.matcher(html);
        assertTrue("the import map sends each module of the site to its versioned address:\n" + html, module.find());
        assertTrue(html, html.contains("<link rel=\"modulepreload\" href=\"/v/"));
        String versioned = module.group(1);

        HttpResponse<byte[]> plain = api.send("GET", versioned, null, null, null);
        HttpResponse<byte[]> gzip = gzipGet(versioned);
        assertCompressed(versioned, gzip);
        assertEquals("public, max-age=31536000, immutable", header(gzip, "Cache-Control"));
        assertEquals("public, max-age=31536000, immutable", header(plain, "Cache-Control"));
        assertArrayEquals("the compressed answer holds the same module", plain.body(), gunzip(gzip.body()));
        assertTrue(gzip.body().length + " compressed bytes of " + plain.body().length, gzip.body().length * 2 < plain.body().length);
        assertEquals(String.valueOf(plain.body().length), header(plain, "Content-Length"));
        gzip.headers().firstValue("Content-Length").ifPresent(length -> assertEquals(String.valueOf(gzip.body().length), length));

        // Each encoding has its own validator, and a revalidation answers with the one the browser holds.
        String etag = header(gzip, "ETag");
        assertNotNull(etag);
        assertFalse("one ETag per encoding", etag.equals(header(plain, "ETag")));
        HttpResponse<byte[]> notModified = api.send("GET", versioned, null, null, null, "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertEquals(304, notModified.statusCode());
        assertEquals(etag, header(notModified, "ETag"));
        assertEquals(0, notModified.body().length);

        // HEAD describes the representation it would send: the identity one, with its true length (never "0").
        HttpResponse<byte[]> head = api.send("HEAD", versioned, null, null, null, "Accept-Encoding", "gzip");
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(String.valueOf(plain.body().length), header(head, "Content-Length"));
        assertEquals(header(plain, "ETag"), header(head, "ETag"));
        assertTrue(header(head, "Vary"), header(head, "Vary").contains("Accept-Encoding"));

        // A stale version of a module is not served as if it were current; unversioned addresses are revalidated.
        String stale = versioned.replaceFirst("/v/[0-9a-f]+/", "/v/000000000000/");
        assertEquals(404, api.send("GET", stale, null, null, null).statusCode());
        assertEquals("no-cache", header(gzipGet("/app/components/trainer-access.js"), "Cache-Control"));

        // The API's JSON is compressed too; a PDF, already compressed, is not.
        HttpResponse<byte[]> referentials = gzipGet("/api/v1/referentials");
        assertCompressed("/api/v1/referentials", referentials);
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MELEC", "chloe.girard", "Annexe PDF", "Câbler", List.of("T2-3"),
                "PFMP PDF", "PERIOD_1", "2027-02-01", "2027-02-26");
        HttpResponse<byte[]> pdf = api.send("GET", "/api/v1/placements/" + setUp.placement() + "/pre-agreement.pdf", teacher, null, null,
                "Accept-Encoding", "gzip");
        assertEquals(new String(pdf.body(), StandardCharsets.ISO_8859_1), 200, pdf.statusCode());
        assertTrue(header(pdf, "Content-Type"), header(pdf, "Content-Type").startsWith("application/pdf"));
        assertTrue("a PDF is sent as it is", pdf.headers().firstValue("Content-Encoding").isEmpty());
    }

    @Test
    public void theTutorsPageOnSlow3gLoadsNoStaffModule() throws Exception {
        String link = tutorLink();
        cdp("Network.enable", Map.of());
        cdp("Network.emulateNetworkConditions", SLOW_3G);
        cdp("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        List<Map<String, Object>> cold = loadTutorsPage(link, "cache disabled (a first visit)");
        for (Map<String, Object> entry : cold) {
            String name = (String) entry.get("name");
            for (String staff : STAFF_MODULES) {
                assertFalse("a tutor's page must not load " + staff + ": " + name, name.endsWith(staff));
            }
        }
        Map<String, Object> trainerModule = cold.stream().filter(e -> ((String) e.get("name")).endsWith("/components/trainer-access.js"))
                .findFirst().orElseThrow(() -> new AssertionError("the tutor's module is among the requests: " + cold));
        assertTrue("the tutor's module came compressed: " + trainerModule,
                ((Number) trainerModule.get("encoded")).longValue() < ((Number) trainerModule.get("decoded")).longValue());

        // The tutor opens the link again a day later: the versioned modules come from the browser's cache, unasked.
        cdp("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        session.browser.get("about:blank");
        List<Map<String, Object>> warm = loadTutorsPage(link, "cache enabled (the link opened again)");
        for (Map<String, Object> entry : warm) {
            String name = (String) entry.get("name");
            if (name.contains("/v/") || name.contains("/webjars/")) {
                assertEquals("cached for a year, not asked again: " + name, 0L, ((Number) entry.get("transfer")).longValue());
            }
        }
    }

    /**
     * Opens a tutor's link, waits for the liaison sheet then for the task titles (the referential's answer ends the
     * page's requests), prints when each came and what went over the wire, and returns the page's resource entries
     * (name, transfer, encoded, decoded, end).
     */
    private List<Map<String, Object>> loadTutorsPage(String link, String conditions) {
        long started = System.nanoTime();
        session.browser.get(link);
        WebElement company = new WebDriverWait(session.browser, Duration.ofSeconds(180), Duration.ofMillis(100))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-liaison-field='companyName']")));
        double shownAt = ((Number) js("return performance.now();")).doubleValue();
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals("Transports Ravel", company.getText().trim());
        new WebDriverWait(session.browser, Duration.ofSeconds(180), Duration.ofMillis(100)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.cssSelector("[data-task-code='T2-3']"), "Câbler"));
        double completeAt = ((Number) js("return performance.now();")).doubleValue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) js("return [performance.getEntriesByType('navigation')[0]]"
                + ".concat(performance.getEntriesByType('resource')).map(e => ({ name: e.name, transfer: e.transferSize,"
                + " encoded: e.encodedBodySize, decoded: e.decodedBodySize, end: e.responseEnd }));");
        long transferred = 0;
        long decoded = 0;
        StringBuilder detail = new StringBuilder();
        for (Map<String, Object> entry : entries) {
            transferred += ((Number) entry.get("transfer")).longValue();
            decoded += ((Number) entry.get("decoded")).longValue();
            detail.append(String.format("  %7d B on the wire, %7d B decoded, done at %6.0f ms  %s%n", ((Number) entry.get("transfer")).longValue(),
                    ((Number) entry.get("decoded")).longValue(), ((Number) entry.get("end")).doubleValue(), entry.get("name")));
        }
        System.out.printf("SLOW 3G (2000 ms latency, 400 kbit/s down and up), %s, the tutor's e-mailed link:%n"
                + "  liaison sheet shown at %.1f s (%d ms on the test's clock), task titles at %.1f s%n"
                + "  %d requests, %d bytes transferred (%d bytes once decoded)%n%s",
                conditions, shownAt / 1000, wallMillis, completeAt / 1000, entries.size(), transferred, decoded, detail);
        return entries;
    }

    @Test
    public void aLearnersPagesLoadNoStaffModule() {
        session.open("/#/mes-periodes");
        session.signIn("lucas.bonnet");
        session.waitFor(By.cssSelector("[data-page='my-periods'] [data-learner-folders]"));
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name);");
        assertTrue(names.toString(), names.stream().anyMatch(n -> n.endsWith("/components/my-periods.js")));
        for (String name : names) {
            for (String staff : STAFF_MODULES) {
                assertFalse("a learner's pages must not load " + staff + ": " + name, name.endsWith(staff));
            }
        }
    }

    /** Every page now fetched on demand still opens, each from its own module (a wrong export would show nothing). */
    @Test
    public void everyPageFetchedOnDemandStillOpens() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MELEC", "chloe.girard", "Annexe pages", "Câbler", List.of("T2-3"),
                "PFMP pages", "PERIOD_2", "2027-03-01", "2027-03-26");
        session.open("/#/connexion");
        session.signIn("prof.melec");
        for (String[] page : new String[][] {{"/#/", "home"}, {"/#/periodes", "periods"}, {"/#/periodes/" + setUp.period(), "period"},
            {"/#/periodes/" + setUp.period() + "/tuteurs", "period-tutors"}, {"/#/annexes", "annexes"},
            {"/#/fiches-liaison/" + setUp.placement(), "placement"}, {"/#/mon-compte", "account"}, {"/#/nulle-part", "not-found"}}) {
            js("window.location.hash = arguments[0];", page[0].substring(1));
            session.waitFor(By.cssSelector("[data-page='" + page[1] + "']"));
        }
        session.reset();
        session.open("/#/admin/etablissements");
        session.signIn("admin");
        session.waitFor(By.cssSelector("[data-page='establishments']"));
        long establishment = Api.parse(api.send("GET", "/api/v1/establishments", teacher, null, null)).get(0).get("id").asLong();
        js("window.location.hash = arguments[0];", "#/admin/etablissements/" + establishment + "/imports");
        session.waitFor(By.cssSelector("[data-page='establishment'] [data-tab-panel='imports']"));
        session.reset();
        session.open("/#/referentiels/MELEC");
        session.waitFor(By.cssSelector("[data-referential-page]"));
    }

    @Test
    public void aPageWhoseModuleCannotBeFetchedSaysSoAndLoadsOnRetry() {
        session.open("/");
        session.waitFor(By.cssSelector("[data-referential='MELEC']"));
        cdp("Network.enable", Map.of());
        cdp("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        js("window.location.hash = '#/referentiels/MELEC';");
        WebElement failure = session.waitFor(By.cssSelector("[data-chunk-error]"));
        assertTrue(failure.getText(), failure.getText().contains("Cette page n’a pas pu être chargée"));
        cdp("Network.emulateNetworkConditions", NO_THROTTLING);
        session.click(By.cssSelector("[data-chunk-error] [data-action='retry-chunk']"));
        session.waitFor(By.cssSelector("[data-referential-page]"));
    }

    /** A placement of the sample establishment with its place filled and a tutor, and the link e-mailed to that tutor. */
    private String tutorLink() throws Exception {
        String teacher = api.signIn("prof.melec", PASSWORD);
        SampleDataBrowser.PeriodSetUp setUp = session.periodOf(teacher, "MELEC", "lucas.bonnet", "Annexe mobile", "Câbler un tableau en autonomie",
                List.of("T2-3"), "PFMP mobile", "PERIOD_1", "2027-01-04", "2027-01-29");
        String learner = api.signIn("lucas.bonnet", PASSWORD);
        String placement = "/api/v1/placements/" + setUp.placement();
        int version = api.expect("GET", placement, learner, null, 200).get("version").asInt();
        api.expect("PUT", placement + "/place", learner, "{\"companyName\":\"Transports Ravel\",\"sector\":\"Logistique\","
                + "\"tutorName\":\"Paul Ravel\",\"tutorEmail\":\"paul.ravel@transports.example\",\"version\":" + version + "}", 200);
        long tutor = api.expect("POST", placement + "/tutor", teacher, "{\"familyName\":\"Ravel\",\"firstName\":\"Paul\","
                + "\"email\":\"paul.ravel@transports.example\"}", 201).get("tutor").get("id").asLong();
        long link = api.expect("POST", placement + "/tutor/link", teacher, null, 201).get("id").asLong();
        api.awaitSent(teacher, tutor, link);
        return SampleDataBrowser.accessLink(session.newestOutboxMail());
    }

    private static Object cdp(String command, Map<String, Object> parameters) {
        return ((HasCdp) session.browser).executeCdpCommand(command, parameters);
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) session.browser).executeScript(script, arguments);
    }

    private HttpResponse<byte[]> gzipGet(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = api.send("GET", path, null, null, null, "Accept-Encoding", "gzip");
        assertEquals(path, 200, response.statusCode());
        return response;
    }

    private static void assertCompressed(String path, HttpResponse<byte[]> response) {
        assertEquals(path + " " + response.headers().map(), "gzip", header(response, "Content-Encoding"));
        assertTrue(path + " varies by encoding: " + response.headers().map(), header(response, "Vary").contains("Accept-Encoding"));
        assertFalse(path + " varies by nothing else: " + header(response, "Vary"), header(response, "Vary").contains("User-Agent"));
    }

    private static String header(HttpResponse<byte[]> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
