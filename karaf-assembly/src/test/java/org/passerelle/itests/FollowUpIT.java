package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
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
 * The follow-up in company over HTTP in the assembled distribution, with the sample data (issue 11): a learner's page
 * refused for a value of the wrong type is a French problem naming the page and field, and changes nothing; a teacher
 * sees a sheet new, read, new again once changed, deleted; the master comments a weekly sheet; the lists count.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FollowUpIT {

    private static final String HTTP_PORT = "18209";
    private static final String PASSWORD = "passerelle-demo";

    @Inject
    @Filter(value = "(osgi.jndi.service.name=passerelle)", timeout = 120_000)
    private javax.sql.DataSource database;

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);
    private String teacher;
    private long establishment;

    @Configuration
    public Option[] configuration() {
        return Exam.distribution(HTTP_PORT, true);
    }

    @Before
    public void signIn() throws Exception {
        api.waitForHealth(120_000);
        teacher = api.signIn("prof.melec", PASSWORD);
        establishment = api.expect("GET", "/api/v1/me", teacher, null, 200).get("establishment").get("id").asLong();
    }

    @After
    public void noOrphans() throws Exception {
        Orphans.assertNone(database);
    }

    private long learner(String login) throws Exception {
        return Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", teacher, null, 200), "login", login);
    }

    private long placementOf(String login) throws Exception {
        return api.expect("GET", "/api/v1/learners/" + learner(login) + "/periods", teacher, null, 200).get(0).get("placementId").asLong();
    }

    private JsonNode problem(String method, String path, String token, String body, int status, String type) throws Exception {
        HttpResponse<byte[]> response = api.send(method, path, token, body, null);
        JsonNode problem = Api.parse(response);
        assertEquals(problem.toString(), status, response.statusCode());
        assertEquals(problem.toString(), "urn:passerelle:problem:" + type, problem.get("type").asText());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        return problem;
    }

    @Test
    public void aValueOfTheWrongTypeIsRefusedInFrenchNamingItsPageAndFieldAndChangesNothing() throws Exception {
        String lea = api.signIn("lea.petit", PASSWORD);
        long placement = placementOf("lea.petit");
        String pages = "/api/v1/placements/" + placement + "/portfolio/pages/";
        JsonNode before = api.expect("GET", "/api/v1/placements/" + placement + "/portfolio", lea, null, 200).get("pages").get(0);
        int version = before.get("version").asInt();

        JsonNode number = problem("PUT", pages + "presenterEntreprise", lea,
                "{\"version\":" + version + ",\"values\":{\"nombreEmployes\":\"quarante-huit\"}}", 400, "expected-number");
        assertEquals("presenterEntreprise.nombreEmployes", number.get("field").asText());
        assertEquals("Nombre attendu", number.get("title").asText());
        assertTrue(number.toString(), number.get("detail").asText().contains("Nombre d'employé(s)"));
        problem("PUT", pages + "presenterEntreprise", lea, "{\"version\":" + version + ",\"values\":{\"pasDansLeModele\":1}}", 400, "unknown-field");
        problem("PUT", pages + "presenterEntreprise", lea, "{\"version\":" + version + ",\"values\":[1,2]}", 400, "expected-object");
        problem("PUT", pages + "presenterEntreprise", lea, "{\"version\":" + version + ",\"values\":{},\"autre\":1}", 400, "invalid-json");
        problem("PUT", pages + "presenterEntreprise", lea,
                "{\"version\":" + version + ",\"values\":{\"raisonSociale\":\"Usinage \\u202Eenôhr ud\"}}", 400, "invalid-characters");
        problem("PUT", pages + "pasUnePage", lea, "{\"version\":0,\"values\":{}}", 400, "unknown-page");
        problem("PUT", pages + "construireOrganigramme", lea, "{\"version\":1,\"values\":{\"organigramme\":{\"nodes\":["
                + "{\"id\":\"a\",\"name\":\"Anne\",\"parent\":\"a\"}]}}}", 400, "not-a-tree");

        JsonNode after = api.expect("GET", "/api/v1/placements/" + placement + "/portfolio", lea, null, 200).get("pages").get(0);
        assertEquals("nothing written", before, after);
        JsonNode saved = api.expect("PUT", pages + "presenterEntreprise", lea, "{\"version\":" + version + ",\"values\":"
                + before.get("values").toString().replace("\"nombreEmployes\":48", "\"nombreEmployes\":52") + "}", 200);
        assertEquals(52, saved.get("values").get("nombreEmployes").asInt());
        assertEquals(version + 1, saved.get("version").asInt());
    }

    @Test
    public void theTeacherSeesASheetNewThenReadThenNewAgainThenDeletedAndTheLearnerNoLonger() throws Exception {
        String chloe = api.signIn("chloe.girard", PASSWORD);
        long placement = placementOf("chloe.girard");
        long sheet = api.expect("POST", "/api/v1/placements/" + placement + "/sheets", chloe, "{\"title\":\"Mise en service d'un éclairage\"}", 201)
                .get("id").asLong();
        String list = "/api/v1/placements/" + placement + "/sheets";
        // Activity sheets are read one by one: no empty « portfolio » export of them.
        problem("GET", "/api/v1/placements/" + placement + "/portfolio/export.pdf", chloe, null, 400, "no-portfolio-export");

        assertEquals("NEW", stateOf(list, sheet));
        // Opened in several tabs at once: one read mark, never a conflict on a read.
        java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> opens = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                opens.add(tabs.submit(() -> api.send("GET", "/api/v1/sheets/" + sheet, teacher, null, null).statusCode()));
            }
            for (java.util.concurrent.Future<Integer> open : opens) {
                assertEquals(Integer.valueOf(200), open.get());
            }
        } finally {
            tabs.shutdownNow();
        }
        JsonNode opened = api.expect("GET", "/api/v1/sheets/" + sheet, teacher, null, 200);
        assertEquals(4, opened.get("pages").size());
        assertEquals("READ", stateOf(list, sheet));
        api.expect("PUT", "/api/v1/sheets/" + sheet + "/pages/fiche", chloe, "{\"version\":0,\"values\":{\"description\":\"Pose de luminaires.\"}}", 200);
        assertEquals("NEW", stateOf(list, sheet));
        int version = api.expect("GET", "/api/v1/sheets/" + sheet, chloe, null, 200).get("summary").get("version").asInt();
        problem("DELETE", "/api/v1/sheets/" + sheet + "?version=" + (version - 1), chloe, null, 409, "stale-version");
        api.expect("DELETE", "/api/v1/sheets/" + sheet + "?version=" + version, chloe, null, 200);
        assertEquals("DELETED", stateOf(list, sheet));
        assertEquals("Pose de luminaires.", api.expect("GET", "/api/v1/sheets/" + sheet, teacher, null, 200).get("pages").get(1).get("values")
                .get("description").asText());
        for (JsonNode s : api.expect("GET", list, chloe, null, 200)) {
            assertFalse("a deleted sheet is gone for the learner", s.get("id").asLong() == sheet);
        }
        api.expect("GET", "/api/v1/sheets/" + sheet, chloe, null, 404);
        long period = api.expect("GET", "/api/v1/placements/" + placement, teacher, null, 200).get("periodId").asLong();
        for (JsonNode p : api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200)) {
            if (p.get("id").asLong() == placement) {
                assertEquals("the two sample sheets, not the deleted one", 2, p.get("sheetCount").asInt());
                assertFalse("Chloé keeps sheets, not a portfolio", p.get("portfolioEdited").asBoolean());
            }
        }
    }

    private String stateOf(String list, long sheet) throws Exception {
        for (JsonNode s : api.expect("GET", list, teacher, null, 200)) {
            if (s.get("id").asLong() == sheet) {
                return s.get("readState").asText();
            }
        }
        throw new AssertionError("sheet " + sheet + " not listed");
    }

    @Test
    public void theMasterCommentsAWeeklySheetOfHisApprenticeWhoReadsItThere() throws Exception {
        String master = api.signIn("maitre.lefebvre", PASSWORD);
        String yanis = api.signIn("yanis.fontaine", PASSWORD);
        long placement = placementOf("yanis.fontaine");
        JsonNode weeks = api.expect("GET", "/api/v1/placements/" + placement + "/sheets", master, null, 200);
        assertEquals("Fiche activité : semaine 5 [2027]", weeks.get(0).get("title").asText());
        assertEquals(3, weeks.size());
        long week5 = weeks.get(0).get("id").asLong();
        JsonNode page = api.expect("GET", "/api/v1/sheets/" + week5, master, null, 200).get("pages").get(0);
        assertTrue(page.get("values").get("activitesSemaine").asText().startsWith("Saignées"));

        api.expect("POST", "/api/v1/sheets/" + week5 + "/comments", master,
                "{\"page\":\"semaine\",\"field\":\"commentairesMaitre\",\"text\":\"Travail soigné.\\nPense aux protections.\"}", 201);
        JsonNode comments = api.expect("GET", "/api/v1/sheets/" + week5, yanis, null, 200).get("pages").get(0).get("comments").get("commentairesMaitre");
        assertEquals("Travail soigné.\nPense aux protections.", comments.get(0).get("text").asText());
        assertEquals("Jacques LEFEBVRE", comments.get(0).get("authorName").asText());
        problem("POST", "/api/v1/sheets/" + week5 + "/comments", yanis, "{\"page\":\"semaine\",\"field\":\"commentairesMaitre\",\"text\":\"Moi\"}",
                403, "role-not-allowed");
        problem("PUT", "/api/v1/sheets/" + week5 + "/pages/semaine", yanis, "{\"version\":0,\"values\":{}}", 400, "weekly-sheet-read-only");
        assertEquals("LOGBOOK", api.expect("GET", "/api/v1/placements/" + placement + "/portfolio", master, null, 200).get("kind").asText()
                .replace("APPRENTICE_", ""));
    }
}
