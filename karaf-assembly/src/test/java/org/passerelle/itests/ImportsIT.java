package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * Learner imports over HTTP in the assembled distribution, with the sample data: preview then apply, and issue 10's
 * field cases as a school uploads them (src/test/resources/field-cases/, copies of the shared ones), through the
 * same request the import page sends ({@code Content-Type: text/csv}, no charset).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ImportsIT {

    @Inject
    @Filter(value = "(osgi.jndi.service.name=passerelle)", timeout = 120_000)
    private javax.sql.DataSource database;

    @org.junit.After
    public void noOrphans() throws Exception {
        Orphans.assertNone(database);
    }

    private static final String HTTP_PORT = "18203";
    private static final String PASSWORD = "passerelle-demo";

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);
    private static String admin;
    private static String ddfpt;
    private static long establishment;

    @Configuration
    public Option[] configuration() {
        return Exam.distribution(HTTP_PORT, true);
    }

    @Before
    public void callers() throws Exception {
        api.waitForHealth(120_000);
        if (ddfpt == null) {
            admin = api.signIn("admin", PASSWORD);
            ddfpt = api.signIn("ddfpt", PASSWORD);
            establishment = Api.idWhere(api.expect("GET", "/api/v1/establishments", admin, null, 200), "uai", "0690001A");
        }
    }

    private String imports(String kind) {
        return "/api/v1/establishments/" + establishment + "/imports/" + kind;
    }

    @Test
    public void aCsvImportPreviewsChangesNothingThenAppliesOnceAndNeverDuplicates() throws Exception {
        String learners = "/api/v1/establishments/" + establishment + "/learners";
        int before = api.expect("GET", learners, ddfpt, null, 200).size();
        String csv = "nom;prenom;ine;date_naissance;classe;statut\n"
                + "MOREAU;Inès;0000000003C;2009-01-01;1MSPC;élève\n"
                + "NOUVEAU;Zoé;0000000099Z;2009-04-01;1MELEC;élève\n"
                + "FAUX;Ine;123;2009-04-01;1MELEC;élève\n"
                + "INCONNU;Classe;0000000098Y;2009-04-01;9ZZZ;élève\n";

        JsonNode preview = api.expect("POST", imports("csv") + "?apply=false", ddfpt, csv, "text/csv", 200);
        assertFalse(preview.get("applied").asBoolean());
        assertEquals(1, preview.get("toCreate").size());
        assertEquals("0000000099Z", preview.get("toCreate").get(0).get("ine").asText());
        assertEquals("01/04/2009", preview.get("toCreate").get(0).get("birthDate").asText());
        // Dates in change reports as JJ/MM/AAAA (issue 10).
        assertEquals("[\"date de naissance : 21/05/2009 → 01/01/2009\"]", preview.get("toUpdate").get(0).get("changes").toString());
        assertEquals(2, preview.get("refused").size());
        assertEquals(4, preview.get("refused").get(0).get("line").asInt());
        assertEquals("ine", preview.get("refused").get(0).get("field").asText());
        assertEquals(5, preview.get("refused").get(1).get("line").asInt());
        assertEquals(before, api.expect("GET", learners, ddfpt, null, 200).size());

        JsonNode applied = api.expect("POST", imports("csv") + "?apply=true", ddfpt, csv, "text/csv", 200);
        assertTrue(applied.get("applied").asBoolean());
        assertEquals(before + 1, api.expect("GET", learners, ddfpt, null, 200).size());
        JsonNode again = api.expect("POST", imports("csv") + "?apply=true", ddfpt, csv, "text/csv", 200);
        assertEquals(0, again.get("toCreate").size());
        assertEquals(2, again.get("unchanged").size());
        assertEquals("a re-import never duplicates", before + 1, api.expect("GET", learners, ddfpt, null, 200).size());

        JsonNode broken = api.expect("POST", imports("siecle") + "?apply=true", ddfpt, "<BEE_ELEVES><oups>", "application/xml", 400);
        assertEquals("urn:passerelle:problem:unusable-import", broken.get("type").asText());
    }

    /** Excel's default CSV is Windows-1252: read with its accents when nothing is declared, refused when declared UTF-8. */
    @Test
    public void excelsWindows1252CsvIsReadWithItsAccents() throws Exception {
        byte[] excel = fieldCase("csv-excel-windows-1252.csv");
        JsonNode preview = json(api.sendBytes("POST", imports("csv") + "?apply=false", ddfpt, excel, "text/csv"), 200);
        assertEquals("windows-1252", preview.get("encoding").asText());
        assertEquals("LEFÈVRE-DUPONT Zoë", preview.get("toCreate").get(1).get("familyName").asText() + " "
                + preview.get("toCreate").get(1).get("firstName").asText());
        assertEquals("Éloïse", preview.get("toCreate").get(2).get("firstName").asText());
        assertEquals(3, preview.get("refused").size());

        JsonNode declared = json(api.sendBytes("POST", imports("csv") + "?apply=false", ddfpt, excel, "text/csv; charset=UTF-8"), 400);
        assertEquals("urn:passerelle:problem:unusable-import", declared.get("type").asText());
        assertTrue(declared.get("detail").asText(), declared.get("detail").asText().contains("n'est pas lisible en UTF-8"));
    }

    @Test
    public void anotherPupilsRowOnAKnownIneIsHeldAndADuplicateIsCreatedOnlyWhenConfirmed() throws Exception {
        JsonNode held = json(api.sendBytes("POST", imports("csv") + "?apply=true&confirm=2", ddfpt, fieldCase("csv-ine-of-another-pupil.csv"),
                "text/csv"), 200);
        assertEquals("INE_OF_ANOTHER_LEARNER", held.get("held").get(0).get("kind").asText());
        assertEquals("GARNIER", held.get("held").get(0).get("inFile").get("familyName").asText());
        assertEquals("PETIT", held.get("held").get(0).get("existing").get("familyName").asText());
        assertEquals(0, held.get("toUpdate").size());
        long lea = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", ddfpt, null, 200), "login", "lea.petit");
        assertEquals("Léa stays Léa", "PETIT", api.expect("GET", "/api/v1/learners/" + lea, ddfpt, null, 200).get("familyName").asText());

        byte[] again = fieldCase("csv-same-person-new-ine.csv");
        JsonNode duplicate = json(api.sendBytes("POST", imports("csv") + "?apply=true", ddfpt, again, "text/csv"), 200);
        assertEquals("PROBABLE_DUPLICATE", duplicate.get("held").get(0).get("kind").asText());
        assertTrue(duplicate.get("held").get(0).get("confirmable").asBoolean());
        assertEquals(0, duplicate.get("toCreate").size());
        JsonNode refused = json(api.sendBytes("POST", imports("csv") + "?apply=true&confirm=2;3", ddfpt, again, "text/csv"), 400);
        assertEquals("urn:passerelle:problem:invalid-lines", refused.get("type").asText());
        assertEquals("confirm", refused.get("field").asText());
        JsonNode confirmed = json(api.sendBytes("POST", imports("csv") + "?apply=true&confirm=2", ddfpt, again, "text/csv"), 200);
        assertEquals(1, confirmed.get("toCreate").size());
        assertEquals(0, confirmed.get("held").size());
    }

    /** A SIECLE exit date: the learner leaves their class and can no longer sign in; their record stays. */
    @Test
    public void aDepartureClosesTheAccount() throws Exception {
        String csv = "nom;prenom;ine;date_naissance;classe\nDEPART;Jules;0000000777K;12/12/2009;1MELEC\n";
        api.expect("POST", imports("csv") + "?apply=true", ddfpt, csv, "text/csv", 200);
        JsonNode learners = api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", ddfpt, null, 200);
        long jules = Api.idWhere(learners, "ine", "0000000777K");
        JsonNode record = api.expect("GET", "/api/v1/learners/" + jules, ddfpt, null, 200);
        String password = api.expect("POST", "/api/v1/people/" + record.get("personId").asLong() + "/password-reset", admin, "", 200)
                .get("temporaryPassword").asText();
        String session = api.signIn(record.get("login").asText(), password);

        String siecle = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><BEE_ELEVES VERSION=\"3.1\"><PARAMETRES><UAJ>0690001A</UAJ></PARAMETRES>"
                + "<DONNEES><ELEVES><ELEVE ELEVE_ID=\"1\">"
                + "<ID_NATIONAL>0000000777K</ID_NATIONAL><NOM_DE_FAMILLE>DEPART</NOM_DE_FAMILLE><PRENOM>Jules</PRENOM>"
                + "<DATE_NAISS>12/12/2009</DATE_NAISS><DATE_SORTIE>02/11/2026</DATE_SORTIE></ELEVE></ELEVES></DONNEES></BEE_ELEVES>";
        JsonNode preview = api.expect("POST", imports("siecle") + "?apply=false", ddfpt, siecle, "application/xml", 200);
        assertEquals(1, preview.get("departures").size());
        // Another school's export is refused whole: its departures would close our accounts.
        JsonNode other = api.expect("POST", imports("siecle") + "?apply=false", ddfpt, siecle.replace("0690001A", "0750099Z"), "application/xml", 400);
        assertTrue(other.get("detail").asText(), other.get("detail").asText().contains("0750099Z"));
        api.expect("POST", imports("siecle") + "?apply=true", ddfpt, siecle, "application/xml", 200);

        JsonNode left = api.expect("GET", "/api/v1/learners/" + jules, ddfpt, null, 200);
        assertEquals("2026-11-02", left.get("leftOn").asText());
        assertFalse(left.has("classCode") && !left.get("classCode").isNull());
        api.expect("GET", "/api/v1/me", session, null, 401);
        HttpResponse<byte[]> signIn = api.send("POST", "/api/v1/sessions", null,
                "{\"login\":\"" + record.get("login").asText() + "\",\"password\":\"" + password + "\"}", null);
        assertEquals(401, signIn.statusCode());
    }

    @Test
    public void loginsAreReadableFromAnyScript() throws Exception {
        api.sendBytes("POST", imports("csv") + "?apply=true", ddfpt, fieldCase("csv-names-for-logins.csv"), "text/csv");
        JsonNode learners = api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", ddfpt, null, 200);
        for (String login : new String[] {"laetitia.leboeuf", "lukasz.kowalski", "isil.kilic"}) {
            Api.idWhere(learners, "login", login);
        }
    }

    private static JsonNode json(HttpResponse<byte[]> response, int expected) throws IOException {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(text, expected, response.statusCode());
        return Api.JSON.readTree(text);
    }

    private static byte[] fieldCase(String name) throws IOException {
        try (InputStream in = ImportsIT.class.getResourceAsStream("/field-cases/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no field case " + name);
            }
            return in.readAllBytes();
        }
    }
}
