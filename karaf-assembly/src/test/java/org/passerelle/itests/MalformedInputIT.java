package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Issue 9: every operation of the OpenAPI document × a corpus of bad bodies, path values and headers, anonymously
 * and signed in (an administrator, a learner): no 5xx, no internals in any body, problem+json for every refusal.
 * Ids in paths never name an existing record, so that nothing is changed or deleted by the walk. The counts are
 * printed (failsafe's output) for the note.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MalformedInputIT {

    private static final String HTTP_PORT = "18201";
    private static final String PASSWORD = "passerelle-demo";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What an answer must never show: Java, SQL or container internals. */
    private static final Pattern INTERNALS = Pattern.compile("Exception|\\bat (org|java|com)\\.|java\\.|javax\\.|org\\.apache|openjpa|SQLState"
            + "|SELECT |INSERT |Caused by|<html|<pre>|Jetty", Pattern.CASE_INSENSITIVE);

    @Inject
    @Filter(value = "(osgi.jndi.service.name=passerelle)", timeout = 120_000)
    private javax.sql.DataSource database;

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Configuration
    public Option[] configuration() {
        return Exam.distribution(HTTP_PORT, true);
    }

    @Test
    public void noOperationAnswers5xxOrInternalsToMalformedInput() throws Exception {
        api.waitForHealth(120_000);
        JsonNode paths = JSON.readTree(api.get("/api/v1/openapi.json").body()).get("paths");
        String[] callers = {null, api.signIn("admin", PASSWORD), api.signIn("lea.petit", PASSWORD)};
        // Two "..%2F.." in one path climb above the site's root, and %00 is a NUL: Jetty refuses those before any servlet.
        String[] ids = {"999999", "abc", "-1", "1.5", "99999999999999999999", "%20", "%2F", "..%2F..", "%C3%A9", "0x10", "%00", "%FF"};
        String[][] bodies = {
            {null, null}, {"", "application/json"}, {"{", "application/json"}, {"null", "application/json"}, {"[]", "application/json"},
            {"{}", "application/json"}, {"\"x\"", "application/json"}, {"-1e999", "application/json"},
            {"{\"name\":\"\\u0000\",\"version\":\"1\",\"id\":1.5}", "application/json"}, {"{\"a\":\"\\ud800\"}", "application/json"},
            {"[".repeat(5000), "application/json"}, {"<x/>", "application/xml"}, {"a;b\n\"", "text/csv"}, {"{}", "text/plain"},
            {"\u00e9t\u00e9", "application/json; charset=ISO-8859-1"}};
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                operations++;
                boolean signOut = path.getKey().equals("/sessions/current");
                for (String id : path.getKey().contains("{") ? ids : new String[] {null}) {
                    String target = "/api/v1" + (id == null ? path.getKey() : path.getKey().replaceAll("\\{[^}]+}", id));
                    for (int c = 0; c < callers.length; c++) {
                        if (signOut && callers[c] != null) {
                            continue; // would end the walk's own sessions
                        }
                        for (String[] body : method.equals("GET") || method.equals("DELETE") ? new String[][] {{null, null}} : bodies) {
                            HttpResponse<byte[]> answer = send(method, target, callers[c], body[0], body[1]);
                            sent++;
                            statuses.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
                            String text = new String(answer.body(), StandardCharsets.UTF_8);
                            String type = answer.headers().firstValue("Content-Type").orElse("");
                            String what = method + " " + target + " as " + (c == 0 ? "anonymous" : c == 1 ? "admin" : "learner")
                                    + " body " + (body[0] == null ? "none" : body[0].length() > 30 ? body[0].substring(0, 30) + "…" : body[0]) + ": "
                                    + answer.statusCode() + " " + type + " " + (text.length() > 200 ? text.substring(0, 200) : text);
                            if (answer.statusCode() >= 500) {
                                faults.add("5xx " + what);
                            } else if (answer.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
                                faults.add("not problem+json " + what);
                            } else if (INTERNALS.matcher(text).find() && !type.startsWith("application/pdf")) {
                                faults.add("internals " + what);
                            }
                        }
                    }
                }
            }
        }
        System.out.println("MalformedInputIT: " + operations + " operations, " + sent + " requests, statuses " + statuses + ", " + faults.size() + " faults");
        assertTrue("at least 50 operations walked: " + operations, operations >= 50);
        assertEquals(faults.size() + " faults in " + sent + " requests:\n" + String.join("\n", faults.subList(0, Math.min(60, faults.size()))),
                0, faults.size());
        Orphans.assertNone(database);
    }

    private HttpResponse<byte[]> send(String method, String path, String token, String body, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
