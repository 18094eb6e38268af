package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.passerelle.core.organisation.OrganisationService;

/**
 * People, sign-in and access rules in the assembled distribution, with the sample data and a second
 * establishment: every endpoint × role × ownership case (the imports are ImportsIT's).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OrganisationIT {

    /** The platform's database, to look for rows pointing at nothing after every scenario (issue 8). */
    @Inject
    @Filter(value = "(osgi.jndi.service.name=passerelle)", timeout = 120_000)
    private javax.sql.DataSource database;

    @org.junit.After
    public void noOrphans() throws Exception {
        Orphans.assertNone(database);
    }

    private static final String HTTP_PORT = "18191";
    private static final String PASSWORD = "passerelle-demo";

    @Inject
    @Filter(timeout = 120_000)
    private OrganisationService organisation;

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);

    /** Tokens by caller name, established once for the class (the container is shared). */
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static long establishmentA;
    private static long establishmentB;

    @Configuration
    public Option[] configuration() {
        return Exam.distribution(HTTP_PORT, true);
    }

    @Before
    public void callers() throws Exception {
        api.waitForHealth(120_000);
        if (!TOKENS.isEmpty()) {
            return;
        }
        String admin = api.signIn("admin", PASSWORD);
        TOKENS.put("ADMIN", admin);
        establishmentA = Api.idWhere(api.expect("GET", "/api/v1/establishments", admin, null, 200), "uai", "0690001A");
        JsonNode b = api.expect("POST", "/api/v1/establishments", admin,
                "{\"uai\":\"0750002B\",\"name\":\"Lycée B\",\"address\":\"Paris\",\"contactEmail\":\"ce.0750002b@ac-exemple.fr\"}", 201);
        establishmentB = b.get("id").asLong();
        JsonNode ddfptB = api.expect("POST", "/api/v1/establishments/" + establishmentB + "/people", admin,
                "{\"role\":\"DDFPT\",\"familyName\":\"AUTRE\",\"firstName\":\"Bernard\",\"email\":\"b.autre@ac-exemple.fr\"}", 201);
        TOKENS.put("DDFPT_A", api.signIn("ddfpt", PASSWORD));
        TOKENS.put("TEACHER_A", api.signIn("prof.melec", PASSWORD));
        TOKENS.put("LEARNER_A", api.signIn("lea.petit", PASSWORD));
        TOKENS.put("MASTER_A", api.signIn("maitre.lefebvre", PASSWORD));
        TOKENS.put("DDFPT_B", api.signIn(ddfptB.get("login").asText(), ddfptB.get("initialPassword").asText()));
        TOKENS.put("TUTOR_A", trainerSession(TOKENS.get("TEACHER_A")));
    }

    /** A trainer of learner Léa PETIT signed in by the link the platform wrote to its outbox (no SMTP here). */
    private String trainerSession(String teacher) throws Exception {
        long lea = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishmentA + "/learners", teacher, null, 200), "login", "lea.petit");
        long trainer = api.expect("POST", "/api/v1/establishments/" + establishmentA + "/trainers", teacher,
                "{\"familyName\":\"TUTEUR\",\"firstName\":\"Tom\",\"email\":\"tom.tuteur@entreprise.example\"}", 201).get("id").asLong();
        TRAINER[0] = trainer;
        JsonNode link = api.expect("POST", "/api/v1/trainers/" + trainer + "/links", teacher, "{\"grant\":\"learner:" + lea + "\"}", 201);
        assertEquals("QUEUED", link.get("delivery").asText());
        TRAINER[1] = link.get("id").asLong();
        // The e-mail leaves after the commit: once SENT, its file is in the outbox.
        assertEquals("OUTBOX", api.awaitSent(teacher, trainer, TRAINER[1]).get("transport").asText());
        return api.openNewestOutboxLink();
    }

    /** The trainer created for TUTOR_A and their link. */
    private static final long[] TRAINER = new long[2];

    @Test
    public void everyEndpointChecksRoleEstablishmentAndOwnership() throws Exception {
        String admin = TOKENS.get("ADMIN");
        long lea = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishmentA + "/learners", admin, null, 200), "login", "lea.petit");
        long yanis = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishmentA + "/learners", admin, null, 200), "login", "yanis.fontaine");
        long profMspc = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishmentA + "/people", admin, null, 200), "login", "prof.mspc");
        String a = "/api/v1/establishments/" + establishmentA;
        String trainer = "/api/v1/trainers/" + TRAINER[0];
        // Each row sets up the state in which its refusals are the only right answers: a stamp that exists (so 404 is
        // the establishment's rule, not a missing image), a link that exists (so 404 is for another establishment).
        byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        assertEquals(204, api.sendBytes("PUT", a + "/stamp", admin, png, "image/png").statusCode());
        // For Yanis, not Léa: a new link for the same grant would end TUTOR_A's own session.
        long link = api.expect("POST", trainer + "/links", admin, "{\"grant\":\"learner:" + yanis + "\"}", 201).get("id").asLong();

        // columns:                                    anonymous ADMIN DDFPT_A TEACHER_A LEARNER_A MASTER_A DDFPT_B TUTOR_A (of Léa)
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("GET", "/api/v1/me", null, 401, 200, 200, 200, 200, 200, 200, 200));
        cases.add(new Case("GET", "/api/v1/establishments", null, 401, 200, 200, 200, 200, 200, 200, 200));
        cases.add(new Case("GET", a, null, 401, 200, 200, 200, 200, 200, 404, 200));
        cases.add(new Case("PUT", a, "{}", 401, 400, 400, 403, 403, 403, 404, 403));
        cases.add(new Case("GET", a + "/stamp", null, 401, 200, 200, 200, 200, 200, 404, 200));
        cases.add(new Case("PUT", a + "/stamp", "", 401, 400, 400, 403, 403, 403, 404, 403));
        cases.add(new Case("GET", a + "/class-levels", null, 401, 200, 200, 200, 403, 403, 404, 403));
        cases.add(new Case("POST", a + "/class-levels", "{}", 401, 400, 400, 403, 403, 403, 404, 403));
        cases.add(new Case("GET", a + "/classes", null, 401, 200, 200, 200, 403, 403, 404, 403));
        cases.add(new Case("POST", a + "/classes", "{\"classLevelId\": 1}", 401, 400, 400, 403, 403, 403, 404, 403));
        cases.add(new Case("GET", a + "/people", null, 401, 200, 200, 200, 403, 403, 404, 403));
        cases.add(new Case("POST", a + "/people", "{}", 401, 400, 400, 403, 403, 403, 404, 403));
        cases.add(new Case("GET", a + "/learners", null, 401, 200, 200, 200, 403, 200, 404, 403));
        cases.add(new Case("POST", a + "/learners", "{}", 401, 400, 400, 403, 403, 403, 404, 403));
        cases.add(new Case("GET", "/api/v1/learners/" + lea, null, 401, 200, 200, 200, 200, 404, 404, 200));
        cases.add(new Case("GET", "/api/v1/learners/" + yanis, null, 401, 200, 200, 200, 404, 200, 404, 404));
        cases.add(new Case("PUT", "/api/v1/learners/" + yanis, "{}", 401, 400, 400, 403, 403, 403, 404, 403));
        cases.add(new Case("GET", "/api/v1/people/" + profMspc, null, 401, 200, 200, 200, 404, 404, 404, 404));
        cases.add(new Case("POST", "/api/v1/people/" + profMspc + "/password-reset", null, 401, 200, 403, 403, 403, 403, 403, 403));
        cases.add(new Case("PUT", "/api/v1/people/" + profMspc + "/role", "{}", 401, 400, 403, 403, 403, 403, 403, 403));
        cases.add(new Case("POST", a + "/imports/csv", "", 401, 400, 400, 403, 403, 403, 404, 403));
        cases.add(new Case("POST", a + "/trainers", "{}", 401, 400, 400, 400, 403, 403, 404, 403));
        cases.add(new Case("GET", trainer + "/links", null, 401, 200, 200, 200, 403, 403, 404, 403));
        cases.add(new Case("POST", trainer + "/links", "{}", 401, 400, 400, 400, 403, 403, 404, 403));
        // Revoking twice is still 200 (the link stays revoked): staff of A revoke it, B's DDFPT does not find it.
        cases.add(new Case("DELETE", "/api/v1/trainer-links/" + link, null, 401, 200, 200, 200, 403, 403, 404, 403));
        cases.add(new Case("GET", "/api/v1/audit", null, 401, 200, 200, 403, 403, 403, 200, 403));
        cases.add(new Case("GET", "/api/v1/audit?establishmentId=" + establishmentA, null, 401, 200, 200, 403, 403, 403, 404, 403));
        cases.add(new Case("POST", "/api/v1/establishments", "{}", 401, 400, 403, 403, 403, 403, 403, 403));

        String[] callers = {null, "ADMIN", "DDFPT_A", "TEACHER_A", "LEARNER_A", "MASTER_A", "DDFPT_B", "TUTOR_A"};
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            for (int i = 0; i < callers.length; i++) {
                String token = callers[i] == null ? null : TOKENS.get(callers[i]);
                String contentType = c.path.endsWith("/imports/csv") ? "text/csv" : c.path.endsWith("/stamp") ? "image/png" : null;
                HttpResponse<byte[]> response = api.send(c.method, c.path, token, c.body, contentType);
                if (response.statusCode() != c.expected[i]) {
                    failures.add(c.method + " " + c.path + " as " + (callers[i] == null ? "anonymous" : callers[i]) + ": expected "
                            + c.expected[i] + ", got " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
                } else if (response.statusCode() >= 400) {
                    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
                }
            }
        }
        assertTrue(failures.size() + " refusals wrong:\n" + String.join("\n", failures), failures.isEmpty());
    }

    @Test
    public void anEstablishmentThatDoesNotExistIsNotFoundForThePlatformAdministratorBeforeAnyBodyIsJudged() throws Exception {
        String admin = TOKENS.get("ADMIN");
        String e = "/api/v1/establishments/987654";
        String[][] calls = {
                {"GET", e, null}, {"PUT", e, "{}"}, {"GET", e + "/class-levels", null}, {"POST", e + "/class-levels", "{}"},
                {"GET", e + "/classes", null}, {"POST", e + "/classes", "{\"code\":\"X1\",\"label\":\"x\",\"classLevelId\":1}"},
                {"GET", e + "/people", null}, {"POST", e + "/people", "{}"}, {"POST", e + "/trainers", "{\"familyName\":\"A\",\"firstName\":\"B\","
                        + "\"email\":\"a@entreprise.example\"}"}, {"GET", e + "/learners", null}, {"POST", e + "/learners", "{}"},
                {"GET", e + "/annexes", null}, {"POST", e + "/annexes", "{\"classLevelId\":1,\"name\":\"x\",\"objectives\":[],\"tasks\":[]}"},
                {"GET", e + "/periods", null}, {"GET", e + "/periods?deleted=true", null}, {"GET", e + "/logo", null},
                {"GET", "/api/v1/audit?establishmentId=987654", null}};
        for (String[] call : calls) {
            HttpResponse<byte[]> answer = api.send(call[0], call[1], admin, call[2], null);
            assertEquals(call[0] + " " + call[1] + ": " + new String(answer.body(), StandardCharsets.UTF_8), 404, answer.statusCode());
            assertEquals("urn:passerelle:problem:establishment-not-found", Api.parse(answer).get("type").asText());
        }
        HttpResponse<byte[]> logo = api.sendBytes("PUT", e + "/logo", admin, "pas une image".getBytes(StandardCharsets.UTF_8), "image/png");
        assertEquals("the establishment before the image", 404, logo.statusCode());
        HttpResponse<byte[]> csv = api.sendBytes("POST", e + "/imports/csv?apply=true", admin,
                "nom;prenom;ine;date_naissance;classe\nA;B;0000000001A;01/01/2010;2PMIA\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(404, csv.statusCode());
    }

    @Test
    public void anotherEstablishmentsRecordsAreNotFoundExactlyLikeRecordsThatDoNotExist() throws Exception {
        String ddfptB = TOKENS.get("DDFPT_B");
        JsonNode existing = api.expect("GET", "/api/v1/establishments/" + establishmentA + "/learners", ddfptB, null, 404);
        JsonNode missing = api.expect("GET", "/api/v1/establishments/987654/learners", ddfptB, null, 404);
        assertEquals(existing.get("type"), missing.get("type"));
        assertEquals(existing.get("title"), missing.get("title"));
    }

    @Test
    public void signInFailuresAreRefusedThenSlowedDownAndAudited() throws Exception {
        JsonNode wrong = api.expect("POST", "/api/v1/sessions", null, "{\"login\":\"prof.mspc\",\"password\":\"mauvais-mot\"}", 401);
        assertEquals("urn:passerelle:problem:invalid-credentials", wrong.get("type").asText());
        assertEquals("password", wrong.get("field").asText());
        JsonNode unknown = api.expect("POST", "/api/v1/sessions", null, "{\"login\":\"personne\",\"password\":\"mauvais-mot\"}", 401);
        assertEquals("the same answer for an unknown login", wrong.get("type"), unknown.get("type"));
        for (int i = 0; i < 4; i++) {
            api.send("POST", "/api/v1/sessions", null, "{\"login\":\"prof.mspc\",\"password\":\"mauvais-mot\"}", null);
        }
        HttpResponse<byte[]> blocked = api.send("POST", "/api/v1/sessions", null, "{\"login\":\"prof.mspc\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals("even the right password waits", 429, blocked.statusCode());
        assertTrue(Long.parseLong(blocked.headers().firstValue("Retry-After").orElse("0")) > 0);
        JsonNode audit = api.expect("GET", "/api/v1/audit?establishmentId=" + establishmentA, TOKENS.get("ADMIN"), null, 200);
        boolean failedRecorded = false;
        for (JsonNode entry : audit) {
            failedRecorded |= "SIGN_IN_FAILED".equals(entry.get("action").asText()) && "prof.mspc".equals(entry.get("actor").asText());
        }
        assertTrue("sign-in failures are in the audit log", failedRecorded);
    }

    @Test
    public void aSignedOutTokenNoLongerWorksAndTheCookieNeedsTheCsrfHeaderToWrite() throws Exception {
        HttpResponse<byte[]> signIn = api.send("POST", "/api/v1/sessions", null, "{\"login\":\"prof.melec\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(201, signIn.statusCode());
        String cookie = signIn.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie, cookie.startsWith("passerelle_session=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
        String token = Api.parse(signIn).get("token").asText();
        String cookiePair = cookie.substring(0, cookie.indexOf(';'));
        assertEquals(200, api.send("GET", "/api/v1/me", null, null, null, "Cookie", cookiePair).statusCode());
        HttpResponse<byte[]> noHeader = api.send("PUT", "/api/v1/me/password", null, "{}", null, "Cookie", cookiePair);
        assertEquals(403, noHeader.statusCode());
        assertEquals("urn:passerelle:problem:csrf-header-missing", Api.parse(noHeader).get("type").asText());
        HttpResponse<byte[]> withHeader = api.send("PUT", "/api/v1/me/password", null, "{}", null, "Cookie", cookiePair, "X-Passerelle-Csrf", "1");
        assertEquals("past the CSRF check, the body is judged", 400, withHeader.statusCode());

        assertEquals(204, api.send("DELETE", "/api/v1/sessions/current", token, null, null).statusCode());
        assertEquals(401, api.send("GET", "/api/v1/me", token, null, null).statusCode());
    }

    @Test
    public void anAdministratorCreatesPeopleWhoSignInWithTheirInitialPassword() throws Exception {
        String admin = TOKENS.get("ADMIN");
        JsonNode created = api.expect("POST", "/api/v1/establishments/" + establishmentA + "/people", admin,
                "{\"role\":\"TEACHER\",\"familyName\":\"Éléonore\",\"firstName\":\"Noël\",\"email\":\"noel@ac-exemple.fr\"}", 201);
        assertEquals("noel.eleonore", created.get("login").asText());
        String token = api.signIn("noel.eleonore", created.get("initialPassword").asText());
        assertEquals("TEACHER", api.expect("GET", "/api/v1/me", token, null, 200).get("role").asText());
        JsonNode duplicate = api.expect("POST", "/api/v1/establishments/" + establishmentA + "/people", admin,
                "{\"role\":\"TEACHER\",\"familyName\":\"X\",\"firstName\":\"Y\",\"email\":\"y@ac-exemple.fr\",\"login\":\"noel.eleonore\"}", 409);
        assertEquals("login", duplicate.get("field").asText());
        JsonNode badEmail = api.expect("POST", "/api/v1/establishments/" + establishmentA + "/people", admin,
                "{\"role\":\"TEACHER\",\"familyName\":\"X\",\"firstName\":\"Y\",\"email\":\"pas-une-adresse\"}", 400);
        assertEquals("email", badEmail.get("field").asText());
        JsonNode unknownField = api.expect("POST", "/api/v1/establishments/" + establishmentA + "/people", admin, "{\"rôle\":\"TEACHER\"}", 400);
        assertEquals("urn:passerelle:problem:invalid-json", unknownField.get("type").asText());

        // Their role changes from the version read; a second change from that same version is a conflict, and their
        // session ends with the change.
        String role = "/api/v1/people/" + created.get("id").asLong() + "/role";
        int version = created.get("version").asInt();
        assertEquals("DDFPT", api.expect("PUT", role, admin, "{\"role\":\"DDFPT\",\"version\":" + version + "}", 200).get("role").asText());
        JsonNode stale = api.expect("PUT", role, admin, "{\"role\":\"ADMIN\",\"version\":" + version + "}", 409);
        assertEquals("urn:passerelle:problem:stale-version", stale.get("type").asText());
        assertEquals("DDFPT", stale.get("current").get("role").asText());
        assertEquals("version", api.expect("PUT", role, admin, "{\"role\":\"ADMIN\"}", 400).get("field").asText());
        api.expect("GET", "/api/v1/me", token, null, 401);
    }

    @Test
    public void aStaleVersionIsAConflictThatCarriesTheCurrentState() throws Exception {
        String admin = TOKENS.get("ADMIN");
        JsonNode b = api.expect("GET", "/api/v1/establishments/" + establishmentB, admin, null, 200);
        String update = "{\"uai\":\"0750002B\",\"name\":\"Lycée B renommé\",\"address\":\"Paris\",\"contactEmail\":\"ce.0750002b@ac-exemple.fr\",\"version\":"
                + b.get("version").asInt() + "}";
        assertEquals("Lycée B renommé", api.expect("PUT", "/api/v1/establishments/" + establishmentB, admin, update, 200).get("name").asText());
        JsonNode conflict = api.expect("PUT", "/api/v1/establishments/" + establishmentB, admin, update.replace("renommé", "encore"), 409);
        assertEquals("Lycée B renommé", conflict.get("current").get("name").asText());
    }

    @Test
    public void theLogoIsStoredForTheEstablishmentAndRefusedWhenItIsNotAnImage() throws Exception {
        String ddfpt = TOKENS.get("DDFPT_A");
        String logo = "/api/v1/establishments/" + establishmentA + "/logo";
        byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        HttpResponse<byte[]> stored = api.sendBytes("PUT", logo, ddfpt, png, "image/png");
        assertEquals(new String(stored.body(), StandardCharsets.UTF_8), 204, stored.statusCode());
        HttpResponse<byte[]> read = api.send("GET", logo, TOKENS.get("TEACHER_A"), null, null);
        assertEquals(200, read.statusCode());
        assertEquals("image/png", read.headers().firstValue("Content-Type").orElse(""));
        // Kept re-encoded (issue 9): the same picture, not necessarily the same bytes.
        assertEquals(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getRGB(0, 0),
                javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(read.body())).getRGB(0, 0));
        // A PNG followed by HTML: what comes back is the image alone.
        byte[] polyglot = java.util.Arrays.copyOf(png, png.length + 40);
        System.arraycopy("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII), 0, polyglot, png.length, 38);
        assertEquals(204, api.sendBytes("PUT", logo, ddfpt, polyglot, "image/png").statusCode());
        assertFalse(new String(api.send("GET", logo, TOKENS.get("TEACHER_A"), null, null).body(), StandardCharsets.ISO_8859_1).contains("<script>"));
        HttpResponse<byte[]> notAnImage = api.sendBytes("PUT", logo, ddfpt, "<svg/>".getBytes(StandardCharsets.UTF_8), "image/png");
        assertEquals(400, notAnImage.statusCode());
        assertEquals(403, api.sendBytes("PUT", logo, TOKENS.get("TEACHER_A"), png, "image/png").statusCode());
        assertEquals(404, api.send("GET", logo, TOKENS.get("DDFPT_B"), null, null).statusCode());
        assertEquals(413, api.sendBytes("PUT", logo, ddfpt, new byte[1024 * 1024 + 10], "image/png").statusCode());
    }

    @Test
    public void badLearnerInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        String ddfpt = TOKENS.get("DDFPT_A");
        String learners = "/api/v1/establishments/" + establishmentA + "/learners";
        int before = api.expect("GET", learners, ddfpt, null, 200).size();
        long melec = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishmentA + "/classes", ddfpt, null, 200), "code", "1MELEC");
        String valid = "{\"familyName\":\"NEUF\",\"firstName\":\"Élise\",\"ine\":\"0000000077K\",\"birthDate\":\"2009-06-01\","
                + "\"status\":\"PUPIL\",\"classId\":" + melec + "}";
        assertEquals("ine", api.expect("POST", learners, ddfpt, valid.replace("0000000077K", "0000000005E"), 409).get("field").asText());
        assertEquals("classId", api.expect("POST", learners, ddfpt, valid.replace("\"classId\":" + melec, "\"classId\":987654"), 400).get("field").asText());
        assertEquals("birthDate", api.expect("POST", learners, ddfpt, valid.replace("2009-06-01", "2009-13-45"), 400).get("field").asText());
        assertEquals("status", api.expect("POST", learners, ddfpt, valid.replace("PUPIL", "STAGIAIRE"), 400).get("field").asText());
        assertEquals("nothing was created", before, api.expect("GET", learners, ddfpt, null, 200).size());

        JsonNode created = api.expect("POST", learners, ddfpt, valid, 201);
        assertEquals("elise.neuf", created.get("login").asText());
        assertEquals(before + 1, api.expect("GET", learners, ddfpt, null, 200).size());

        byte[] huge = new byte[5 * 1024 * 1024 + 100];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<byte[]> tooLarge = api.sendBytes("POST", "/api/v1/establishments/" + establishmentA + "/imports/csv?apply=true", ddfpt, huge, "text/csv");
        assertEquals(413, tooLarge.statusCode());
        assertEquals("urn:passerelle:problem:file-too-large", Api.parse(tooLarge).get("type").asText());
        assertEquals(before + 1, api.expect("GET", learners, ddfpt, null, 200).size());
    }

    @Test
    public void aDdfptLinksAnApprenticeToTheirMasterWhoThenSeesThem() throws Exception {
        String ddfpt = TOKENS.get("DDFPT_A");
        String learners = "/api/v1/establishments/" + establishmentA + "/learners";
        JsonNode lucas = null;
        for (JsonNode l : api.expect("GET", learners, ddfpt, null, 200)) {
            if ("lucas.bonnet".equals(l.get("login").asText())) {
                lucas = l;
            }
        }
        long master = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishmentA + "/people?role=MASTER", ddfpt, null, 200), "login", "maitre.lefebvre");
        api.expect("GET", "/api/v1/learners/" + lucas.get("id").asLong(), TOKENS.get("MASTER_A"), null, 404);
        String body = "{\"classId\":" + lucas.get("classId").asLong() + ",\"status\":\"APPRENTICE\",\"referentTeacherId\":"
                + lucas.get("referentTeacherId").asLong() + ",\"masterId\":" + master + ",\"version\":" + lucas.get("version").asInt() + "}";
        JsonNode assigned = api.expect("PUT", "/api/v1/learners/" + lucas.get("id").asLong(), ddfpt, body, 200);
        assertEquals("APPRENTICE", assigned.get("status").asText());
        assertEquals(master, assigned.get("masterId").asLong());
        assertEquals("the master now sees their apprentice", "Lucas",
                api.expect("GET", "/api/v1/learners/" + lucas.get("id").asLong(), TOKENS.get("MASTER_A"), null, 200).get("firstName").asText());
        JsonNode stale = api.expect("PUT", "/api/v1/learners/" + lucas.get("id").asLong(), ddfpt, body, 409);
        assertEquals(master, stale.get("current").get("masterId").asLong());
        String notAMaster = body.replace("\"masterId\":" + master, "\"masterId\":" + lucas.get("referentTeacherId").asLong())
                .replace("\"version\":" + lucas.get("version").asInt(), "\"version\":" + assigned.get("version").asInt());
        assertEquals("masterId", api.expect("PUT", "/api/v1/learners/" + lucas.get("id").asLong(), ddfpt, notAMaster, 400).get("field").asText());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private record Case(String method, String path, String body, int... expected) {
    }



}
