package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Issue 9 against the assembled distribution: who calls is checked before the body is read, bodies are bounded
 * before they are parsed, the answers carry the headers of an application holding minors' data, the service
 * descriptions are not published, and the current password of a password change is throttled like a sign-in.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiHardeningIT {

    private static final String HTTP_PORT = "18199";
    private static final String PASSWORD = "passerelle-demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Filter(value = "(osgi.jndi.service.name=passerelle)", timeout = 120_000)
    private javax.sql.DataSource database;

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        return Exam.distribution(HTTP_PORT, true);
    }

    @Before
    public void up() throws Exception {
        api.waitForHealth(120_000);
    }

    @After
    public void noOrphans() throws Exception {
        Orphans.assertNone(database);
    }

    /** An anonymous request is told to sign in, whatever its body: malformed, missing, or announced as 100 MB. */
    @Test
    public void anAnonymousRequestIs401BeforeItsBodyIsRead() throws Exception {
        for (String body : new String[] {"{oups", "", "null", "[]", "{\"code\":\"2X\"}"}) {
            JsonNode refused = api.expect("POST", "/api/v1/establishments/1/classes", null, body, 401);
            assertEquals("urn:passerelle:problem:not-signed-in", refused.get("type").asText());
        }
        api.expect("PUT", "/api/v1/periods/1/learners", null, "{\"version\":", 401);
        // Whatever the media type: who calls is judged before what they sent.
        for (String[] typed : new String[][] {{"/api/v1/establishments/1/classes", "text/csv"}, {"/api/v1/establishments/1/logo", "application/json"},
            {"/api/v1/people/1/role", "text/plain"}, {"/api/v1/trainers/1/links", "application/xml"}}) {
            String method = typed[0].endsWith("/classes") || typed[0].endsWith("/links") ? "POST" : "PUT";
            assertEquals(typed[0], 401, api.send(method, typed[0], null, "a", typed[1]).statusCode());
        }
        String learner = api.signIn("ines.moreau", PASSWORD); // not hugo.roux, whom the throttle scenario blocks
        assertEquals("a learner is refused for their role, not for the media type", 403,
                api.send("POST", "/api/v1/establishments/1/classes", learner, "a", "text/csv").statusCode());
        String admin = api.signIn("admin", PASSWORD);
        HttpResponse<byte[]> csv = api.send("POST", "/api/v1/establishments/" + establishment(admin) + "/classes", admin, "a;b", "text/csv");
        assertEquals("a form sent as CSV, by someone allowed: now the body", 415, csv.statusCode());
        assertEquals("application/problem+json", csv.headers().firstValue("Content-Type").orElse(""));
        // 100 MB announced, 1 byte sent: the answer comes at once, nothing waits for (or reads) the rest.
        String answer = raw("POST /api/v1/establishments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 104857600\r\n\r\n{");
        assertTrue(answer, answer.startsWith("HTTP/1.1 401"));
        assertTrue(answer, answer.contains("application/problem+json"));
        // A malformed chunked body (a chunk size that is not hexadecimal) is the client's fault, never a 500.
        String chunked = raw("POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{\"login\":\r\n0\r\n\r\n");
        assertTrue(chunked, chunked.startsWith("HTTP/1.1 400") && chunked.contains("application/problem+json"));
        // The public operations still answer without a caller.
        api.expect("POST", "/api/v1/sessions", null, "{oups", 400);
        api.expect("GET", "/api/v1/referentials", null, null, 200);
    }

    @Test
    public void aBodyOverTheBoundIs413BeforeItIsParsed() throws Exception {
        String token = api.signIn("admin", PASSWORD);
        String big = "{\"name\":\"" + "x".repeat(600 * 1024) + "\"}";
        JsonNode declared = api.expect("POST", "/api/v1/establishments", token, big, 413);
        assertEquals("urn:passerelle:problem:body-too-large", declared.get("type").asText());
        assertEquals("body", declared.get("field").asText());
        // Chunked (no Content-Length): cut off at the bound, same answer.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/api/v1/establishments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(new String(response.body(), StandardCharsets.UTF_8), 413, response.statusCode());
        assertEquals("urn:passerelle:problem:body-too-large", JSON.readTree(response.body()).get("type").asText());
        // A file may be larger than a form: an import of 1 MB is judged on its content, not refused for its size.
        String csv = "nom;prenom;ine;date_naissance;classe;statut\n" + "DUPONT;Jean;;01/01/2010;2PMIA;élève\n".repeat(30_000);
        HttpResponse<byte[]> imported = api.send("POST", "/api/v1/establishments/" + establishment(token) + "/imports/csv", token, csv, "text/csv");
        assertFalse(new String(imported.body(), StandardCharsets.UTF_8), imported.statusCode() == 413);
    }

    @Test
    public void answersCarryTheHeadersOfAnApplicationHoldingMinorsData() throws Exception {
        String token = api.signIn("ddfpt", PASSWORD);
        for (HttpResponse<byte[]> answer : new HttpResponse[] {
            api.send("GET", "/api/v1/me", token, null, null),
            api.send("GET", "/api/v1/establishments/" + establishment(token) + "/learners", token, null, null),
            api.send("GET", "/api/v1/learners/999999", token, null, null),
            api.send("POST", "/api/v1/establishments/1/classes", null, "{", null)}) {
            String where = answer.uri() + " " + answer.statusCode();
            assertEquals(where, "no-store", answer.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(where, "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(where, answer.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
            assertEquals(where, "no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(""));
        }
        HttpResponse<byte[]> page = api.get("/");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy, policy.contains("script-src 'self' 'sha256-") && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    /** CXF would describe every resource in WADL to anyone asking: not here. */
    @Test
    public void theServiceDescriptionsAreNotPublished() throws Exception {
        for (String path : new String[] {"/api/v1/health?_wadl", "/api/v1?_wadl", "/api/v1/referentials?_wadl&_type=xml"}) {
            HttpResponse<byte[]> answer = api.get(path);
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            assertEquals(path + " " + body, 404, answer.statusCode());
            assertFalse(body, body.contains("wadl"));
            assertEquals(path, "application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        }
    }

    @Test
    public void theCurrentPasswordOfAPasswordChangeIsThrottledLikeASignIn() throws Exception {
        String token = api.signIn("hugo.roux", PASSWORD);
        String wrong = "{\"currentPassword\":\"pas-le-bon\",\"newPassword\":\"un-nouveau-mot-de-passe\"}";
        for (int i = 0; i < 5; i++) {
            api.expect("PUT", "/api/v1/me/password", token, wrong, 403);
        }
        HttpResponse<byte[]> blocked = api.send("PUT", "/api/v1/me/password", token,
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"un-nouveau-mot-de-passe\"}", null);
        assertEquals(429, blocked.statusCode());
        assertTrue(blocked.headers().firstValue("Retry-After").isPresent());
        assertEquals("sign-in is blocked too", 429, api.send("POST", "/api/v1/sessions", null,
                "{\"login\":\"hugo.roux\",\"password\":\"" + PASSWORD + "\"}", null).statusCode());
    }

    /** An unknown login of any length is a wrong login, not a 500. */
    @Test
    public void anOverlongLoginIsAWrongLogin() throws Exception {
        JsonNode refused = api.expect("POST", "/api/v1/sessions", null, "{\"login\":\"" + "l".repeat(500) + "\",\"password\":\"x\"}", 401);
        assertEquals("urn:passerelle:problem:invalid-credentials", refused.get("type").asText());
    }

    /** A forged Host header never puts a trainer's secret link on another site; nor does an untrusted proxy header. */
    @Test
    public void linksPointOnlyWhereThePlatformLives() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        long establishment = establishment(teacher);
        long lea = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", teacher, null, 200), "login", "lea.petit");
        long trainer = api.expect("POST", "/api/v1/establishments/" + establishment + "/trainers", teacher,
                "{\"familyName\":\"HOTE\",\"firstName\":\"Inès\",\"email\":\"ines.hote@entreprise.example\"}", 201).get("id").asLong();
        String grant = "{\"grant\":\"learner:" + lea + "\"}";
        for (String forged : new String[] {"Host: evil.example", "Host: evil.example:" + HTTP_PORT, "Host: 127.0.0.1.evil.example"}) {
            String answer = raw("POST /api/v1/trainers/" + trainer + "/links HTTP/1.1\r\n" + forged + "\r\nAuthorization: Bearer " + teacher
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + grant.length() + "\r\nConnection: close\r\n\r\n" + grant);
            assertTrue(forged + ": " + answer, answer.startsWith("HTTP/1.1 409"));
        }
        String proxied = raw("POST /api/v1/trainers/" + trainer + "/links HTTP/1.1\r\nHost: 127.0.0.1:" + HTTP_PORT
                + "\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\nAuthorization: Bearer " + teacher
                + "\r\nContent-Type: application/json\r\nContent-Length: " + grant.length() + "\r\nConnection: close\r\n\r\n" + grant);
        assertTrue("an untrusted proxy's headers are ignored: " + proxied, proxied.startsWith("HTTP/1.1 201"));
        assertEquals("only the accepted request made a link", 1, api.expect("GET", "/api/v1/trainers/" + trainer + "/links", teacher, null, 200).size());
        // X-Forwarded-Proto from anyone but a trusted proxy does not make the cookie Secure (nor does it break sign-in).
        HttpResponse<byte[]> signIn = api.send("POST", "/api/v1/sessions", null, "{\"login\":\"prof.mspc\",\"password\":\"" + PASSWORD + "\"}", null,
                "X-Forwarded-Proto", "https");
        assertEquals(201, signIn.statusCode());
        assertFalse(signIn.headers().firstValue("Set-Cookie").orElse("").contains("Secure"));
    }

    /** Clean text, exact values: each refusal names its field, and nothing is written. */
    @Test
    public void bodiesHoldCleanTextExactValuesAndSaneDates() throws Exception {
        String admin = api.signIn("admin", PASSWORD);
        long e = establishment(admin);
        String people = "/api/v1/establishments/" + e + "/people";
        int before = api.expect("GET", people, admin, null, 200).size();
        String[][] cases = {
            {"{\"role\":\"TEACHER\",\"familyName\":\"NUL\\u0000\",\"firstName\":\"Zoé\",\"email\":\"z@ac.fr\"}", "invalid-characters", "familyName"},
            {"{\"role\":\"TEACHER\",\"familyName\":\"ESC\\u001b[31m\",\"firstName\":\"Zoé\",\"email\":\"z@ac.fr\"}", "invalid-characters", "familyName"},
            {"{\"role\":\"TEACHER\",\"familyName\":\"DEMI\\ud800\",\"firstName\":\"Zoé\",\"email\":\"z@ac.fr\"}", "invalid-characters", "familyName"},
            {"{\"role\":\"TEACHER\",\"familyName\":\"A\\r\\nBcc: x@evil.example\",\"firstName\":\"Zoé\",\"email\":\"z@ac.fr\"}", "invalid-characters", "familyName"},
            {"{\"role\":\"TEACHER\",\"familyName\":\"GAUCHE\\u202eETIORD\",\"firstName\":\"Zoé\",\"email\":\"z@ac.fr\"}", "invalid-characters", "familyName"},
            {"{\"role\":\"teacher\",\"familyName\":\"MINUSCULE\",\"firstName\":\"Zoé\",\"email\":\"z@ac.fr\"}", "unknown-value", "role"},
            {"{\"role\":\"TEACHER\",\"familyName\":12,\"firstName\":\"Zoé\",\"email\":\"z@ac.fr\"}", "invalid-json", "familyName"}};
        for (String[] c : cases) {
            JsonNode refused = api.expect("POST", people, admin, c[0], 400);
            assertEquals(c[0], "urn:passerelle:problem:" + c[1], refused.get("type").asText());
            assertEquals(c[0], c[2], refused.get("field").asText());
        }
        assertEquals("nothing written", before, api.expect("GET", people, admin, null, 200).size());
        long level = api.expect("GET", "/api/v1/establishments/" + e + "/class-levels", admin, null, 200).get(0).get("id").asLong();
        JsonNode quotedId = api.expect("POST", "/api/v1/establishments/" + e + "/classes", admin,
                "{\"code\":\"2ZZ\",\"label\":\"Z\",\"classLevelId\":\"" + level + "\"}", 400);
        assertEquals("classLevelId", quotedId.get("field").asText());
        String teacher = api.signIn("prof.mspc", PASSWORD);
        long annex = api.expect("GET", "/api/v1/establishments/" + e + "/annexes", teacher, null, 200).get(0).get("id").asLong();
        JsonNode year0 = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher,
                "{\"name\":\"P\",\"kind\":\"PERIOD_1\",\"startDate\":\"0000-01-03\",\"endDate\":\"0000-01-28\",\"learnerIds\":[]}", 400);
        assertEquals("urn:passerelle:problem:date-out-of-range", year0.get("type").asText());
        assertEquals("startDate", year0.get("field").asText());
    }

    /** 404 before 400: another establishment's records are not found, whatever the body, before it is judged. */
    @Test
    public void anotherEstablishmentIsNotFoundBeforeTheBodyIsJudged() throws Exception {
        String admin = api.signIn("admin", PASSWORD);
        long a = establishment(admin);
        long other = api.expect("POST", "/api/v1/establishments", admin, "{\"uai\":\"0330009K\",\"name\":\"Lycée K\"}", 201).get("id").asLong();
        JsonNode ddfpt = api.expect("POST", "/api/v1/establishments/" + other + "/people", admin,
                "{\"role\":\"DDFPT\",\"familyName\":\"KAPPA\",\"firstName\":\"Karim\",\"email\":\"k.kappa@ac-exemple.fr\"}", 201);
        String theirs = api.signIn(ddfpt.get("login").asText(), ddfpt.get("initialPassword").asText());
        for (String body : new String[] {"{oups", "", "{\"code\":\"\\u0000\"}", "{\"code\":\"2X\",\"label\":\"X\",\"classLevelId\":\"1\"}"}) {
            JsonNode refused = api.expect("POST", "/api/v1/establishments/" + a + "/classes", theirs, body, 404);
            assertEquals(body, "urn:passerelle:problem:establishment-not-found", refused.get("type").asText());
            // The same answer as for an establishment that does not exist.
            assertEquals(refused.get("type"), api.expect("POST", "/api/v1/establishments/999999/classes", theirs, body, 404).get("type"));
        }
    }

    private long establishment(String token) throws Exception {
        return Api.idWhere(api.expect("GET", "/api/v1/establishments", token, null, 200), "uai", "0690001A");
    }

    /** Sends raw bytes and returns what the server answers within 10 s (its status line and headers at least). */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(HTTP_PORT))) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            for (int n; !answer.toString().contains("\r\n\r\n") && (n = in.read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
            return answer.toString();
        }
    }
}
