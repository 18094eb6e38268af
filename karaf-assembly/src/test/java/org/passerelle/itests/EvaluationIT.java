package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Assessment over HTTP in the assembled distribution, with the sample data (issue 12): the company review filled by
 * the teacher and the tutor at the same moment, both kept, a stale level answered 409 with the review as it is; the
 * printed meeting grid; a whole class's school evaluation saved by two teachers at once; the dashboard in the learner's
 * chronology; the refusals in French, changing nothing; the lock a finalised intermediate review puts on the review.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EvaluationIT {

    private static final String HTTP_PORT = "18227";
    private static final String PASSWORD = "passerelle-demo";

    @Inject
    @Filter(value = "(osgi.jndi.service.name=passerelle)", timeout = 120_000)
    private javax.sql.DataSource database;

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);
    private String teacher;
    private String e;

    @Configuration
    public Option[] configuration() {
        return Exam.distribution(HTTP_PORT, true);
    }

    @Before
    public void signIn() throws Exception {
        api.waitForHealth(120_000);
        teacher = api.signIn("prof.melec", PASSWORD);
        e = "/api/v1/establishments/" + api.expect("GET", "/api/v1/me", teacher, null, 200).get("establishment").get("id").asLong();
    }

    @After
    public void noOrphans() throws Exception {
        Orphans.assertNone(database);
    }

    private long learner(String login) throws Exception {
        return Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", login);
    }

    private long placementOf(String login) throws Exception {
        return api.expect("GET", "/api/v1/learners/" + learner(login) + "/periods", teacher, null, 200).get(0).get("placementId").asLong();
    }

    private JsonNode problem(String method, String path, String token, String body, int status, String type) throws Exception {
        HttpResponse<byte[]> response = api.send(method, path, token, body, null);
        JsonNode problem = Api.parse(response);
        assertEquals(problem.toString(), status, response.statusCode());
        assertEquals(problem.toString(), "urn:passerelle:problem:" + type, problem.get("type").asText());
        return problem;
    }

    private static JsonNode result(JsonNode review, String competency, String criterion) {
        for (JsonNode r : review.get("results")) {
            // Absent members are nulls (the API leaves them out).
            if (r.get("competency").asText().equals(competency) && (criterion == null ? r.path("criterion").isMissingNode() || r.path("criterion").isNull()
                    : criterion.equals(r.path("criterion").asText()))) {
                return r;
            }
        }
        throw new AssertionError(competency + "/" + criterion + " not in " + review);
    }

    private static String level(String competency, String criterion, String level, int version) {
        return "{\"competency\":\"" + competency + "\",\"criterion\":" + (criterion == null ? "null" : "\"" + criterion + "\"") + ",\"level\":"
                + (level == null ? "null" : "\"" + level + "\"") + ",\"version\":" + version + "}";
    }

    private String tutorSession(long placement) throws Exception {
        JsonNode link = api.expect("POST", "/api/v1/placements/" + placement + "/tutor/link", teacher, null, 201);
        api.awaitSent(teacher, link.get("trainerId").asLong(), link.get("id").asLong());
        return api.openNewestOutboxLink();
    }

    @Test
    public void theTeacherAndTheTutorFillTheCompanyReviewAtOnceAndBothKeepWhatTheySet() throws Exception {
        long placement = placementOf("chloe.girard");
        String review = "/api/v1/placements/" + placement + "/company-review";
        api.expect("POST", "/api/v1/placements/" + placement + "/tutor", teacher,
                "{\"familyName\":\"MARTIN\",\"firstName\":\"Zoé\",\"email\":\"zoe.martin@egr.example\"}", 201);
        String tutor = tutorSession(placement);

        JsonNode read = api.expect("GET", review, tutor, null, 200);
        assertEquals("the sheet's selections, with its number", "[1]", result(read, "C2", "C2-3").get("sheets").toString());
        assertEquals("Pose d'un tableau de répartition", read.get("sheets").get(0).get("title").asText());
        assertTrue(read.get("writable").asBoolean());

        // Both at the same moment, on different criteria and on the same one read unset: never a 500, nothing lost silently.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> saves = List.of(
                    () -> api.send("PUT", review, teacher, "{\"results\":[" + level("C2", "C2-3", "PARTIAL", 0) + "]}", null).statusCode(),
                    () -> api.send("PUT", review, tutor, "{\"results\":[" + level("C1", null, "ACHIEVED_WITH_HELP", 0) + "]}", null).statusCode(),
                    () -> api.send("PUT", review, teacher, "{\"results\":[" + level("C3", null, "NOT_ACHIEVED", 0) + "]}", null).statusCode(),
                    () -> api.send("PUT", review, tutor, "{\"results\":[" + level("C3", null, "ACHIEVED_AUTONOMOUS", 0) + "]}", null).statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(saves)) {
                statuses.add(f.get());
            }
            assertEquals(statuses.toString(), List.of(200, 200), statuses.subList(0, 2));
            assertEquals("one of the two C3 levels, the other told: " + statuses, 1, statuses.subList(2, 4).stream().filter(s -> s == 409).count());
        } finally {
            pool.shutdownNow();
        }
        JsonNode both = api.expect("GET", review, teacher, null, 200);
        assertEquals("PARTIAL", result(both, "C2", "C2-3").get("level").asText());
        assertEquals("ACHIEVED_WITH_HELP", result(both, "C1", null).get("level").asText());
        assertEquals("Zoé MARTIN", result(both, "C1", null).get("updatedBy").asText());
        assertEquals("ACHIEVED_AUTONOMOUS", result(both, "C2", "C2-1").get("level").asText());

        // A stale level: 409 with the review as it is now, and nothing of that save written.
        JsonNode stale = problem("PUT", review, tutor, "{\"results\":[" + level("C4", null, "NOT_ACHIEVED", 0) + ","
                + level("C2", "C2-3", "ABSENT", 0) + "]}", 409, "stale-version");
        assertEquals("ACHIEVED_WITH_HELP", result(stale.get("current"), "C4", null).get("level").asText());
        assertEquals("PARTIAL", result(api.expect("GET", review, teacher, null, 200), "C2", "C2-3").get("level").asText());

        // The header: stars, meeting date, comment; refused input in French, naming the field, changing nothing.
        int version = both.get("version").asInt();
        JsonNode saved = api.expect("PUT", review, tutor, "{\"header\":{\"meetingDate\":\"2027-03-26\",\"engagement\":4,\"comment\":\"Très bien.\\nÀ suivre.\","
                + "\"tasks\":[\"T2-1\"],\"modes\":{\"C2\":\"CRITERIA\"},\"version\":" + version + "}}", 200);
        assertEquals("2027-03-26", saved.get("meetingDate").asText());
        assertEquals("Très bien.\nÀ suivre.", saved.get("comment").asText());
        assertEquals(4, saved.get("engagement").asInt());
        // A level on C2 as a whole while C2 is assessed by criteria: accepted and kept, but not in the dashboard's column.
        JsonNode otherMode = api.expect("PUT", review, teacher, "{\"results\":[" + level("C2", null, "NOT_ACHIEVED", 0) + "]}", 200);
        assertEquals("NOT_ACHIEVED", result(otherMode, "C2", null).get("level").asText());
        assertEquals("[]", companyCells(api.expect("GET", "/api/v1/learners/" + learner("chloe.girard") + "/dashboard", teacher, null, 200),
                "C2", "2027-03-26").toString());
        JsonNode stars = problem("PUT", review, teacher, "{\"header\":{\"meetingDate\":\"2027-03-26\",\"engagement\":5,\"version\":"
                + saved.get("version").asInt() + "}}", 400, "engagement-out-of-range");
        assertEquals("header.engagement", stars.get("field").asText());
        assertEquals("Engagement hors de l'échelle", stars.get("title").asText());
        problem("PUT", review, teacher, "{\"results\":[" + level("C2", "C2-3", "EXCELLENT", 1) + "]}", 400, "unknown-value");
        problem("PUT", review, teacher, "{\"results\":[" + level("C2", "C9-9", "PARTIAL", 0) + "]}", 400, "unknown-criterion");
        problem("PUT", review, teacher, "{\"results\":[" + level("C2", "C2-1", "PARTIAL", 0) + "],\"autre\":1}", 400, "invalid-json");
        problem("PUT", review, api.signIn("chloe.girard", PASSWORD), "{\"results\":[]}", 403, "role-not-allowed");
        assertEquals(saved.get("version"), api.expect("GET", review, teacher, null, 200).get("version"));
        problem("GET", "/api/v1/placements/" + placementOf("lea.petit") + "/company-review", api.signIn("prof.mspc", PASSWORD), null, 400,
                "no-company-review-in-period-1");

        // The attitudes review: the tutor's level and the teacher's correction, both kept.
        String attitudes = "/api/v1/placements/" + placement + "/attitudes-review";
        api.expect("PUT", attitudes, tutor, "{\"results\":[{\"attitude\":\"AP2\",\"level\":\"PARTIAL\",\"version\":0}]}", 200);
        JsonNode corrected = api.expect("PUT", attitudes, teacher, "{\"results\":[{\"attitude\":\"AP2\",\"level\":\"ACHIEVED_WITH_HELP\",\"version\":0}]}",
                200);
        JsonNode ap2 = corrected.get("attitudes").get(1);
        assertEquals("AP2 PARTIAL ACHIEVED_WITH_HELP", ap2.get("code").asText() + " " + ap2.get("company").get("level").asText() + " "
                + ap2.get("school").get("level").asText());
        problem("PUT", attitudes, tutor, "{\"results\":[{\"attitude\":\"C1\",\"level\":\"PARTIAL\",\"version\":0}]}", 400, "unknown-attitude");

        // « Préparer la rencontre »: the grid printed with the review's rows and the sheet it cites; C2, by criteria, with
        // every criterion of the referential as on the screen (C2-11: never given nor selected).
        HttpResponse<byte[]> pdf = api.send("GET", review + "/grid.pdf", tutor, null, null);
        assertEquals(200, pdf.statusCode());
        String text = ContainerFiles.pdfText(pdf).replaceAll("\\s+", " ");
        for (String expected : new String[] {"Bilan entreprise — grille de la rencontre", "Chloé GIRARD", "Électricité Générale du Rhône",
            "[1] Pose d'un tableau de répartition", "C2-3", "C2-11", "ABS — Absent", "★★★★", "4 sur 4", "Très bien. À suivre."}) {
            assertTrue(expected + " in " + text, text.contains(expected));
        }

        // A finalised intermediate review after the meeting takes the review into account: it no longer changes.
        JsonNode finalised = api.finaliseIntermediateReview(teacher, learner("chloe.girard"), "2027-04-02");
        // The review as a PDF, with its radar chart (drawn by FOP from the SVG).
        HttpResponse<byte[]> reviewPdf = api.send("GET", "/api/v1/competency-reviews/" + finalised.get("id").asLong() + "/review.pdf", tutor, null, null);
        assertEquals(200, reviewPdf.statusCode());
        String printed = ContainerFiles.pdfText(reviewPdf).replaceAll("\\s+", " ");
        for (String expected : new String[] {"Bilan intermédiaire de compétences", "Chloé GIRARD", "+ Compétence partiellement acquise",
            "Note proposée : 13,5/20", "Bilan du 02/04/2027"}) {
            assertTrue(expected + " in " + printed, printed.contains(expected));
        }
        JsonNode locked = api.expect("GET", review, tutor, null, 200);
        assertTrue(locked.get("takenIntoAccount").asBoolean());
        problem("PUT", review, tutor, "{\"results\":[" + level("C4", null, "PARTIAL", result(locked, "C4", null).get("version").asInt()) + "]}",
                409, "review-taken-into-account");
    }

    @Test
    public void aWholeClassIsEnteredAtOnceByTwoTeachersAndTheDashboardShowsItInOrder() throws Exception {
        long melec = Api.idWhere(api.expect("GET", e + "/classes", teacher, null, 200), "code", "1MELEC");
        long chloe = learner("chloe.girard");
        long lucas = learner("lucas.bonnet");
        JsonNode created = api.expect("POST", "/api/v1/school-evaluations", teacher, "{\"classId\":" + melec + ",\"title\":\"Contrôle — mesures\","
                + "\"date\":\"2027-01-19\",\"complexity\":\"BAC_PRO\",\"criteria\":[{\"competency\":\"C4\",\"criterion\":\"C4-1\"},"
                + "{\"competency\":\"C4\",\"criterion\":\"C4-2\"},{\"competency\":\"C1\",\"criterion\":null}]}", 201);
        String grid = "/api/v1/school-evaluations/" + created.get("id").asLong();
        assertEquals(2, created.get("learners").size());
        String colleague = api.signIn("prof.mspc", PASSWORD);

        // Two teachers on one grid at once, each on their own cells: every level kept.
        String[][] cells = {{"C4", "C4-1"}, {"C4", "C4-2"}, {"C1", null}};
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> saves = new ArrayList<>();
            for (String[] cell : cells) {
                for (long who : new long[] {chloe, lucas}) {
                    String token = who == chloe ? teacher : colleague;
                    saves.add(() -> api.send("PUT", grid + "/results", token, "{\"results\":[{\"learnerId\":" + who + ","
                            + level(cell[0], cell[1], "ACHIEVED_WITH_HELP", 0).substring(1) + "]}", null).statusCode());
                }
            }
            for (Future<Integer> f : pool.invokeAll(saves)) {
                assertEquals(Integer.valueOf(200), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode filled = api.expect("GET", grid, teacher, null, 200);
        for (JsonNode row : filled.get("learners")) {
            assertEquals(row.toString(), 3, row.get("results").size());
        }
        assertEquals(6, levelsGiven(melec));
        problem("PUT", grid + "/results", teacher, "{\"results\":[{\"learnerId\":" + learner("lea.petit") + "," + level("C1", null, "PARTIAL", 0).substring(1)
                + "]}", 400, "learner-not-in-class");
        problem("PUT", grid + "/results", teacher, "{\"results\":[{\"learnerId\":" + chloe + "," + level("C1", null, "PARTIAL", 0).substring(1)
                + "]}", 409, "stale-version");

        JsonNode dashboard = api.expect("GET", "/api/v1/learners/" + chloe + "/dashboard", api.signIn("chloe.girard", PASSWORD), null, 200);
        List<String> columns = new ArrayList<>();
        dashboard.get("columns").forEach(c -> columns.add(c.get("source").asText() + " " + c.get("date").asText()));
        assertEquals(List.of("SCHOOL 2026-10-06", "SCHOOL 2026-11-17", "SCHOOL 2027-01-19", "COMPANY 2027-03-26"), columns);
        problem("GET", "/api/v1/learners/" + lucas + "/dashboard", api.signIn("chloe.girard", PASSWORD), null, 404, "learner-not-found");
    }

    /** A teacher mends an evaluation over HTTP; the refusals are French problems naming what stays, and nothing moves. */
    @Test
    public void anEvaluationIsEditedAndDeletedWithoutEverDroppingALevel() throws Exception {
        long melec = Api.idWhere(api.expect("GET", e + "/classes", teacher, null, 200), "code", "1MELEC");
        long chloe = learner("chloe.girard");
        JsonNode created = api.expect("POST", "/api/v1/school-evaluations", teacher, "{\"classId\":" + melec + ",\"title\":\"TP — prises\","
                + "\"date\":\"2027-02-02\",\"complexity\":\"DISCOVERY\",\"criteria\":[{\"competency\":\"C4\",\"criterion\":\"C4-1\"}]}", 201);
        String path = "/api/v1/school-evaluations/" + created.get("id").asLong();
        int version = created.get("version").asInt();
        api.expect("PUT", path + "/results", teacher, "{\"results\":[{\"learnerId\":" + chloe + "," + level("C4", "C4-1", "PARTIAL", 0).substring(1)
                + "]}", 200);

        JsonNode edited = api.expect("PUT", path, teacher, "{\"version\":" + version + ",\"title\":\"TP — prises et éclairage\",\"date\":\"2027-02-09\","
                + "\"complexity\":\"INTERMEDIATE\",\"criteria\":[{\"competency\":\"C4\",\"criterion\":\"C4-1\"},{\"competency\":\"C1\"}]}", 200);
        assertEquals("TP — prises et éclairage", edited.get("title").asText());
        assertEquals("2027-02-09", edited.get("date").asText());
        JsonNode kept = problem("PUT", path, teacher, "{\"version\":" + edited.get("version").asInt() + ",\"title\":\"TP\",\"date\":\"2027-02-09\","
                + "\"complexity\":\"INTERMEDIATE\",\"criteria\":[{\"competency\":\"C1\"}]}", 409, "criterion-has-levels");
        assertEquals("criteria", kept.get("field").asText());
        assertTrue(kept.toString(), kept.get("detail").asText().contains("« C4-1 »"));
        JsonNode stale = problem("PUT", path, teacher, "{\"version\":" + version + ",\"title\":\"TP\",\"date\":\"2027-02-09\","
                + "\"complexity\":\"INTERMEDIATE\",\"criteria\":[{\"competency\":\"C1\"}]}", 409, "stale-version");
        assertEquals("TP — prises et éclairage", stale.get("current").get("title").asText());

        // A mistyped or negative version is a malformed request naming the parameter, whatever the endpoint.
        assertEquals("version", problem("DELETE", path + "?version=x", teacher, null, 400, "invalid-parameter").get("field").asText());
        assertEquals("classId", problem("GET", "/api/v1/school-evaluations?classId=abc", teacher, null, 400, "invalid-parameter").get("field").asText());
        problem("DELETE", path + "?version=-5", teacher, null, 400, "negative-version");
        problem("PUT", path, teacher, "{\"version\":-1,\"title\":\"TP\",\"date\":\"2027-02-09\",\"complexity\":\"INTERMEDIATE\","
                + "\"criteria\":[{\"competency\":\"C1\"}]}", 400, "negative-version");
        JsonNode withLevels = problem("DELETE", path + "?version=" + edited.get("version").asInt(), teacher, null, 409, "school-evaluation-has-levels");
        assertTrue(withLevels.toString(), withLevels.get("detail").asText().contains("1 niveau"));
        JsonNode chloeRow = null;
        for (JsonNode row : api.expect("GET", path, teacher, null, 200).get("learners")) {
            chloeRow = row.get("learnerId").asLong() == chloe ? row : chloeRow;
        }
        int cellVersion = result(chloeRow, "C4", "C4-1").get("version").asInt();
        api.expect("PUT", path + "/results", teacher, "{\"results\":[{\"learnerId\":" + chloe + ",\"competency\":\"C4\",\"criterion\":\"C4-1\","
                + "\"level\":null,\"version\":" + cellVersion + "}]}", 200);
        HttpResponse<byte[]> gone = api.send("DELETE", path + "?version=" + edited.get("version").asInt(), teacher, null, null);
        assertEquals(204, gone.statusCode());
        problem("GET", path, teacher, null, 404, "school-evaluation-not-found");
    }

    /** The levels of a competency as a whole in the dashboard's company column of that date. */
    private static List<String> companyCells(JsonNode dashboard, String competency, String date) {
        int column = -1;
        for (int i = 0; i < dashboard.get("columns").size(); i++) {
            JsonNode c = dashboard.get("columns").get(i);
            if ("COMPANY".equals(c.get("source").asText()) && date.equals(c.get("date").asText())) {
                column = i;
            }
        }
        assertTrue("a company column on " + date, column >= 0);
        List<String> levels = new ArrayList<>();
        for (JsonNode section : dashboard.get("sections")) {
            for (JsonNode row : section.get("rows")) {
                JsonNode cell = row.get("cells").get(column);
                if (competency.equals(section.get("competency").asText()) && (row.get("criterion") == null || row.get("criterion").isNull())
                        && !cell.isNull()) {
                    levels.add(cell.asText());
                }
            }
        }
        return levels;
    }

    private int levelsGiven(long classId) throws Exception {
        for (JsonNode summary : api.expect("GET", "/api/v1/school-evaluations?classId=" + classId, teacher, null, 200)) {
            if ("Contrôle — mesures".equals(summary.get("title").asText())) {
                return summary.get("levelsGiven").asInt();
            }
        }
        return -1;
    }
}
