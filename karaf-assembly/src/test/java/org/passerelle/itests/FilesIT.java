package org.passerelle.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Files learners attach (issue 11, item 8), over HTTP in the assembled distribution with the sample data, sent as a
 * browser's FormData sends them ({@code multipart/form-data}, part {@code file}, the name in raw UTF-8): uploaded by
 * the learner and their teacher, downloaded back byte for byte with the headers, and refused (413, 415, 404, 403) with
 * nothing stored. etc/org.passerelle.files.cfg is set to 1 MiB per file and 3 MiB per learner, as an operator would.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FilesIT {

    private static final String HTTP_PORT = "18211";
    private static final String PASSWORD = "passerelle-demo";
    private static final int MAX = 1024 * 1024;
    private static final int QUOTA = 3 * MAX;

    @Inject
    @Filter(value = "(osgi.jndi.service.name=passerelle)", timeout = 120_000)
    private javax.sql.DataSource database;

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String lea;
    private static String hugo;
    private static String teacher;
    private static String master;
    private static long leaId;
    private static long hugoId;
    private static long yanisId;

    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(Exam.distribution(HTTP_PORT, true),
                editConfigurationFilePut("etc/org.passerelle.files.cfg", "maxFileBytes", String.valueOf(MAX)),
                editConfigurationFilePut("etc/org.passerelle.files.cfg", "learnerQuotaBytes", String.valueOf(QUOTA)));
    }

    @Before
    public void callers() throws Exception {
        api.waitForHealth(120_000);
        if (lea == null) {
            teacher = api.signIn("prof.mspc", PASSWORD);
            lea = api.signIn("lea.petit", PASSWORD);
            hugo = api.signIn("hugo.roux", PASSWORD);
            master = api.signIn("maitre.lefebvre", PASSWORD);
            long establishment = Api.idWhere(api.expect("GET", "/api/v1/establishments", api.signIn("admin", PASSWORD), null, 200), "uai", "0690001A");
            JsonNode learners = api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", teacher, null, 200);
            leaId = Api.idWhere(learners, "login", "lea.petit");
            hugoId = Api.idWhere(learners, "login", "hugo.roux");
            yanisId = Api.idWhere(learners, "login", "yanis.fontaine");
        }
    }

    @org.junit.After
    public void noOrphans() throws Exception {
        try (Connection connection = database.getConnection()) {
            Orphans.assertNone(connection);
        }
    }

    @Test
    public void theLearnerUploadsAndGetsTheSameBytesBackWithTheHeaders() throws Exception {
        byte[] pdf = sample("attestation.pdf");
        HttpResponse<byte[]> created = upload(lea, leaId, "file", "C:\\fakepath\\Attestation de présence.pdf", "application/pdf", pdf);
        JsonNode file = json(created, 201);
        long id = file.get("id").asLong();
        assertEquals("Attestation de présence.pdf", file.get("name").asText());
        assertEquals("application/pdf", file.get("mediaType").asText());
        assertEquals(pdf.length, file.get("size").asLong());
        assertEquals(leaId, file.get("learnerId").asLong());
        assertEquals("Léa PETIT", file.get("uploadedBy").asText());
        assertTrue(file.get("createdAt").asText(), file.get("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/files/" + id));

        HttpResponse<byte[]> download = api.send("GET", "/api/v1/files/" + id, lea, null, null);
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"Attestation de presence.pdf\"; filename*=UTF-8''Attestation%20de%20pr%C3%A9sence.pdf",
                download.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("private, no-store", download.headers().firstValue("Cache-Control").orElse(""));

        // Read by the teacher too, and described alike; a file named as an image but made by a word processor is a DOCX.
        assertArrayEquals(pdf, api.send("GET", "/api/v1/files/" + id, teacher, null, null).body());
        assertEquals(file, api.expect("GET", "/api/v1/files/" + id + "/meta", teacher, null, 200));
        JsonNode docx = json(upload(teacher, leaId, "file", "calendrier-alternance.jpg", "image/jpeg", sample("rapport.docx")), 201);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.get("mediaType").asText());
        assertEquals("Sophie BERNARD", docx.get("uploadedBy").asText());

        JsonNode list = api.expect("GET", "/api/v1/learners/" + leaId + "/files", lea, null, 200);
        assertEquals(MAX, list.get("maxFileBytes").asLong());
        assertEquals(QUOTA, list.get("quotaBytes").asLong());
        long used = 0;
        boolean listed = false;
        for (JsonNode entry : list.get("files")) {
            used += entry.get("size").asLong();
            listed |= entry.equals(file);
        }
        assertTrue(list.toString(), listed);
        assertEquals(used, list.get("usedBytes").asLong());
    }

    @Test
    public void aRefusedFileIsAProblemAndNothingIsStored() throws Exception {
        long before = stored();
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        JsonNode type = json(upload(lea, leaId, "file", "photo.jpg", "image/jpeg", exe), 415);
        assertEquals("urn:passerelle:problem:file-type-refused", type.get("type").asText());
        assertTrue(type.get("detail").asText(), type.get("detail").asText().contains("Sont acceptés : PDF, images"));
        json(upload(lea, leaId, "file", "page.txt", "text/plain", utf8("<!DOCTYPE html><html><script>alert(1)</script></html>")), 415);
        // A note saved in Windows-1252 by an old editor: refused for its encoding, and told so.
        JsonNode latin = json(upload(lea, leaId, "file", "note.txt", "text/plain", "Réglage du capteur à 3 mm.".getBytes(java.nio.charset.Charset.forName("windows-1252"))), 415);
        assertEquals("urn:passerelle:problem:text-not-utf8", latin.get("type").asText());
        assertTrue(latin.get("detail").asText(), latin.get("detail").asText().contains("UTF-8"));
        json(upload(lea, leaId, "file", "dessin.svg", "image/svg+xml",
                utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")), 415);
        json(upload(lea, leaId, "file", "archive.zip", "application/zip", zip()), 415);

        JsonNode large = json(upload(lea, leaId, "file", "trop.txt", "text/plain", text(MAX + 1)), 413);
        assertEquals("urn:passerelle:problem:file-too-large", large.get("type").asText());
        assertEquals("Le fichier dépasse 1 Mo.", large.get("detail").asText());

        JsonNode missing = json(upload(lea, leaId, "autre", "a.txt", "text/plain", utf8("bonjour")), 400);
        assertEquals("urn:passerelle:problem:file-part-missing", missing.get("type").asText());
        json(api.send("POST", "/api/v1/learners/" + leaId + "/files", lea, "{}", "application/json", "X-Passerelle-Csrf", "1"), 400);
        assertEquals(before, stored());
    }

    @Test
    public void theLimitAndTheQuotaHoldToTheByte() throws Exception {
        long before = stored();
        // Hugo's record holds nothing yet: three files of exactly the limit fill his quota, one more byte is refused.
        for (int i = 1; i <= 3; i++) {
            assertEquals(MAX, json(upload(hugo, hugoId, "file", "semaine-" + i + ".txt", "text/plain", text(MAX)), 201).get("size").asLong());
        }
        JsonNode full = json(upload(hugo, hugoId, "file", "un-octet.txt", "text/plain", text(1)), 413);
        assertEquals("urn:passerelle:problem:quota-exceeded", full.get("type").asText());
        assertTrue(full.get("detail").asText(), full.get("detail").asText().contains("(3 Mo, dont 3 Mo déjà utilisés)"));
        assertEquals(QUOTA, api.expect("GET", "/api/v1/learners/" + hugoId + "/files", hugo, null, 200).get("usedBytes").asLong());
        assertEquals(before + 3, stored());
    }

    @Test
    public void othersAreToldNothingExists() throws Exception {
        long id = json(upload(lea, leaId, "file", "photo.png", "image/png", sample("photo.png")), 201).get("id").asLong();
        long before = stored();
        // Another learner of the same establishment.
        assertEquals("urn:passerelle:problem:file-not-found", json(api.send("GET", "/api/v1/files/" + id, hugo, null, null), 404).get("type").asText());
        json(api.send("GET", "/api/v1/files/" + id + "/meta", hugo, null, null), 404);
        assertEquals("urn:passerelle:problem:learner-not-found",
                json(upload(hugo, leaId, "file", "a.txt", "text/plain", utf8("bonjour")), 404).get("type").asText());
        json(api.send("GET", "/api/v1/learners/" + leaId + "/files", hugo, null, null), 404);
        // Another establishment's staff.
        String admin = api.signIn("admin", PASSWORD);
        long other = api.expect("POST", "/api/v1/establishments", admin, "{\"uai\":\"0310005E\",\"name\":\"Lycée E\"}", 201).get("id").asLong();
        JsonNode ddfpt = api.expect("POST", "/api/v1/establishments/" + other + "/people", admin,
                "{\"role\":\"DDFPT\",\"familyName\":\"AILLEURS\",\"firstName\":\"Eve\",\"email\":\"e.ailleurs@ac-exemple.fr\"}", 201);
        String stranger = api.signIn(ddfpt.get("login").asText(), ddfpt.get("initialPassword").asText());
        json(api.send("GET", "/api/v1/files/" + id, stranger, null, null), 404);
        json(api.send("GET", "/api/v1/learners/" + leaId + "/files", stranger, null, null), 404);
        assertEquals("urn:passerelle:problem:learner-not-found",
                json(upload(stranger, leaId, "file", "a.txt", "text/plain", utf8("bonjour")), 404).get("type").asText());
        // The master reads their apprentice's files, never another learner's, and uploads nothing.
        json(api.send("GET", "/api/v1/learners/" + yanisId + "/files", master, null, null), 200);
        json(api.send("GET", "/api/v1/files/" + id, master, null, null), 404);
        assertEquals("urn:passerelle:problem:role-not-allowed",
                json(upload(master, yanisId, "file", "a.txt", "text/plain", utf8("bonjour")), 403).get("type").asText());
        json(upload(null, leaId, "file", "a.txt", "text/plain", utf8("bonjour")), 401);
        json(api.send("GET", "/api/v1/files/987654321", teacher, null, null), 404);
        assertEquals(before, stored());
    }

    /** A multipart/form-data request as a browser's FormData makes it: the name in raw UTF-8, the part's type as declared. */
    private HttpResponse<byte[]> upload(String token, long learnerId, String part, String fileName, String type, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----PasserelleBoundary" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n"));
        body.write(content);
        body.write(utf8("\r\n--" + boundary + "--\r\n"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/api/v1/learners/" + learnerId + "/files"))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Rows of STORED_FILE, read from the database itself. */
    private long stored() throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM STORED_FILE")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static JsonNode json(HttpResponse<byte[]> response, int expected) throws IOException {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(text, expected, response.statusCode());
        if (expected >= 400) {
            assertEquals(text, "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        }
        return Api.JSON.readTree(text);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] text(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("photo.txt"));
            zip.write(utf8("pas une photo"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = FilesIT.class.getResourceAsStream("/files/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return in.readAllBytes();
        }
    }
}
