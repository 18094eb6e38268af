package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.inject.Inject;
import javax.sql.DataSource;
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
 * Two people, or dozens, at once (issue 8, item 5): real concurrent requests against the distribution. Creations of
 * one business key give one 201 and 409s of the same type as one after the other; saves of one page from one
 * version give one 200 and 409s, and the final state is the winner's; an import applied twice creates nobody twice;
 * parallel wrong passwords all count, and an unknown login is throttled exactly like a known one. Never a 5xx.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConcurrencyIT {

    private static final String HTTP_PORT = "18195";
    private static final String PASSWORD = "passerelle-demo";
    private static final int THREADS = 24;

    @Inject
    @Filter(value = "(osgi.jndi.service.name=passerelle)", timeout = 120_000)
    private DataSource dataSource;

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);
    private String admin;

    @Configuration
    public Option[] configuration() {
        return Exam.distribution(HTTP_PORT, true);
    }

    @Before
    public void signIn() throws Exception {
        api.waitForHealth(120_000);
        admin = api.signIn("admin", PASSWORD);
    }

    @After
    public void noOrphans() throws Exception {
        Orphans.assertNone(dataSource);
    }

    /** One answer: status and body. */
    private record Answer(int status, JsonNode body) {
        String type() {
            return body == null ? "" : body.path("type").asText().replace("urn:passerelle:problem:", "");
        }
    }

    /** Sends n requests at once (all threads released together) and returns the answers. */
    private List<Answer> atOnce(int n, IntFunction<Callable<HttpResponse<byte[]>>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<byte[]>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<HttpResponse<byte[]>> call = request.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> f : futures) {
                HttpResponse<byte[]> response = f.get();
                String text = new String(response.body(), StandardCharsets.UTF_8);
                answers.add(new Answer(response.statusCode(), text.isEmpty() ? null : Api.mapper().readTree(text)));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Status (and problem type) → count, e.g. {201=1, 409 login-taken=23}. */
    private static Map<String, Integer> tally(List<Answer> answers) {
        Map<String, Integer> tally = new TreeMap<>();
        answers.forEach(a -> tally.merge(a.status() + (a.status() >= 400 ? " " + a.type() : ""), 1, Integer::sum));
        return tally;
    }

    private void expectOneWinner(List<Answer> answers, int winner, String conflict) {
        Map<String, Integer> tally = tally(answers);
        assertEquals("answers " + tally, Map.of(String.valueOf(winner), 1, "409 " + conflict, answers.size() - 1), tally);
    }

    private static long placementOf(JsonNode periods, String name) {
        for (JsonNode period : periods) {
            if (name.equals(period.path("periodName").asText())) {
                return period.get("placementId").asLong();
            }
        }
        throw new AssertionError("no period " + name + " in " + periods);
    }

    private long establishment() throws Exception {
        return Api.idWhere(api.expect("GET", "/api/v1/establishments", admin, null, 200), "uai", "0690001A");
    }

    @Test
    public void creationsOfOneBusinessKeyAtOnceGiveOne201AndConflictsOfTheSequentialType() throws Exception {
        long e = establishment();
        long classId = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + e + "/classes", admin, null, 200), "code", "2PMIA");
        long level = api.expect("GET", "/api/v1/establishments/" + e + "/class-levels", admin, null, 200).get(0).get("id").asLong();

        expectOneWinner(atOnce(THREADS, i -> () -> api.send("POST", "/api/v1/establishments", admin,
                "{\"uai\":\"0750099Z\",\"name\":\"Lycée " + i + "\",\"address\":\"Paris\",\"contactEmail\":\"ce@ac.fr\"}", null)), 201, "uai-taken");
        expectOneWinner(atOnce(THREADS, i -> () -> api.send("POST", "/api/v1/establishments/" + e + "/people", admin,
                "{\"role\":\"TEACHER\",\"familyName\":\"MARCHAND\",\"firstName\":\"Luc\",\"email\":\"l" + i + "@ac.fr\",\"login\":\"luc.marchand\"}",
                null)), 201, "login-taken");
        // A class code in any case is one class: 2pmia-z and 2PMIA-Z at once still give one class.
        expectOneWinner(atOnce(THREADS, i -> () -> api.send("POST", "/api/v1/establishments/" + e + "/classes", admin,
                "{\"code\":\"" + (i % 2 == 0 ? "2PMIA-Z" : "2pmia-z") + "\",\"label\":\"Groupe " + i + "\",\"classLevelId\":" + level + "}", null)), 201, "class-code-taken");
        // Same INE, same names: the generated logins collide too, yet the answer is the INE's conflict.
        expectOneWinner(atOnce(THREADS, i -> () -> api.send("POST", "/api/v1/establishments/" + e + "/learners", admin,
                "{\"familyName\":\"LEROY\",\"firstName\":\"Emma\",\"ine\":\"0000000099Z\",\"birthDate\":\"2010-03-04\",\"status\":\"PUPIL\","
                        + "\"classId\":" + classId + "}", null)), 201, "ine-taken");

        // Different people with the same names at once: all created, each with their own numbered login.
        List<Answer> namesakes = atOnce(8, i -> () -> api.send("POST", "/api/v1/establishments/" + e + "/learners", admin,
                "{\"familyName\":\"MOREL\",\"firstName\":\"Noé\",\"ine\":\"00000001" + (10 + i) + "A\",\"birthDate\":\"2010-03-04\",\"status\":\"PUPIL\","
                        + "\"classId\":" + classId + "}", null));
        assertEquals(tally(namesakes).toString(), Map.of("201", 8), tally(namesakes));
        long sameUai = 0;
        for (JsonNode est : api.expect("GET", "/api/v1/establishments", admin, null, 200)) {
            sameUai += est.get("uai").asText().equals("0750099Z") ? 1 : 0;
        }
        assertEquals(1, sameUai);
    }

    @Test
    public void savesOfOnePageFromOneVersionLeaveOneWinnerAndItsState() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        long e = establishment();
        // A period of its own: the sample ones hold reviews and portfolios, which rightly keep their learners on (409).
        JsonNode pupils = api.expect("GET", "/api/v1/establishments/" + e + "/learners", teacher, null, 200);
        List<Long> learners = List.of(Api.idWhere(pupils, "login", "lea.petit"), Api.idWhere(pupils, "login", "hugo.roux"));
        long annex = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + e + "/annexes", teacher, null, 200), "referentialCode", "PMIA");
        JsonNode period = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"Course aux versions\",\"kind\":\"PERIOD_1\","
                + "\"startDate\":\"2027-05-03\",\"endDate\":\"2027-05-28\",\"learnerIds\":" + learners + "}", 201);
        long periodId = period.get("id").asLong();
        int version = period.get("version").asInt();

        // The learners page (it checked no version before): each writer wants another set of learners.
        List<Answer> saves = atOnce(THREADS, i -> () -> api.send("PUT", "/api/v1/periods/" + periodId + "/learners", teacher,
                "{\"version\":" + version + ",\"learnerIds\":" + (i % 2 == 0 ? "[" + learners.get(0) + "]" : learners.toString()) + "}", null));
        expectOneWinner(saves, 200, "stale-version");
        JsonNode winner = saves.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().body();
        JsonNode now = api.expect("GET", "/api/v1/periods/" + periodId, teacher, null, 200);
        assertEquals(winner.get("learnerIds"), now.get("learnerIds"));
        assertEquals(winner.get("version"), now.get("version"));
        Answer loser = saves.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertEquals("a 409 carries the current state", now.get("learnerIds"), loser.body().get("current").get("learnerIds"));

        // The information page, written by all from the version they just read.
        int v2 = now.get("version").asInt();
        List<Answer> informations = atOnce(THREADS, i -> () -> api.send("PUT", "/api/v1/periods/" + periodId + "/information", teacher,
                "{\"version\":" + v2 + ",\"name\":\"Période écrite par " + i + "\",\"kind\":\"PERIOD_1\",\"startDate\":\"2027-05-03\","
                        + "\"endDate\":\"2027-05-28\"}", null));
        expectOneWinner(informations, 200, "stale-version");
        String winnerName = informations.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().body().get("name").asText();
        assertEquals(winnerName, api.expect("GET", "/api/v1/periods/" + periodId, teacher, null, 200).get("name").asText());
    }

    /**
     * A learner starts activity sheets while the teacher takes her off the period: every sheet answered 201 is found
     * afterwards, in her placement or in her free sheets (on H2 some were left pointing at the deleted placement).
     */
    @Test
    public void sheetsStartedWhileTheLearnerIsTakenOffThePeriodAreNeverLost() throws Exception {
        // A MELEC learner: her referential's layout is one of activity sheets (issue 11).
        String teacher = api.signIn("prof.melec", PASSWORD);
        String lea = api.signIn("chloe.girard", PASSWORD);
        long e = establishment();
        JsonNode learners = api.expect("GET", "/api/v1/establishments/" + e + "/learners", teacher, null, 200);
        long leaId = Api.idWhere(learners, "login", "chloe.girard");
        long hugoId = Api.idWhere(learners, "login", "lucas.bonnet");
        long annex = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + e + "/annexes", teacher, null, 200), "referentialCode", "MELEC");
        JsonNode period = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"Course\",\"kind\":\"OTHER\","
                + "\"startDate\":\"2027-06-01\",\"endDate\":\"2027-06-30\",\"learnerIds\":[" + leaId + "," + hugoId + "]}", 201);
        long periodId = period.get("id").asLong();
        long placement = -1;
        for (JsonNode p : api.expect("GET", "/api/v1/periods/" + periodId + "/placements", teacher, null, 200)) {
            placement = p.get("learnerId").asLong() == leaId ? p.get("id").asLong() : placement;
        }
        long leaPlacement = placement;
        int version = period.get("version").asInt();
        List<Answer> answers = atOnce(16, i -> i == 8
                ? () -> api.send("PUT", "/api/v1/periods/" + periodId + "/learners", teacher, "{\"version\":" + version + ",\"learnerIds\":[" + hugoId + "]}", null)
                : () -> api.send("POST", "/api/v1/placements/" + leaPlacement + "/sheets", lea, "{\"title\":\"Fiche " + i + "\"}", null));
        assertTrue("no 5xx: " + tally(answers), answers.stream().allMatch(a -> a.status() < 500));
        java.util.Set<Long> found = new java.util.HashSet<>();
        api.expect("GET", "/api/v1/learners/" + leaId + "/free-sheets", lea, null, 200).forEach(sheet -> found.add(sheet.get("id").asLong()));
        HttpResponse<byte[]> still = api.send("GET", "/api/v1/placements/" + leaPlacement + "/sheets", lea, null, null);
        if (still.statusCode() == 200) {
            Api.parse(still).forEach(sheet -> found.add(sheet.get("id").asLong()));
        }
        for (Answer a : answers) {
            if (a.status() == 201) {
                assertTrue("sheet " + a.body().get("id") + " answered 201 is found again", found.contains(a.body().get("id").asLong()));
            }
        }
    }

    /**
     * Issue 11: a learner's page saved from two phones at once, or from a dozen tabs: from one version, one save wins and
     * the others get 409 with the page as it now stands; a page never saved, first saved by many at once, is created
     * once. The page then holds the winner's values.
     */
    @Test
    public void savesOfOnePortfolioPageFromOneVersionLeaveOneWinnerAndNeverTwoPages() throws Exception {
        String teacher = api.signIn("prof.mspc", PASSWORD);
        String lea = api.signIn("lea.petit", PASSWORD);
        long e = establishment();
        long leaId = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + e + "/learners", teacher, null, 200), "login", "lea.petit");
        long placement = placementOf(api.expect("GET", "/api/v1/learners/" + leaId + "/periods", teacher, null, 200), "PFMP 1 — découverte");
        String pages = "/api/v1/placements/" + placement + "/portfolio/pages/";
        int version = api.expect("GET", "/api/v1/placements/" + placement + "/portfolio", lea, null, 200).get("pages").get(0).get("version").asInt();

        List<Answer> answers = atOnce(12, i -> () -> api.send("PUT", pages + "presenterEntreprise", lea,
                "{\"version\":" + version + ",\"values\":{\"raisonSociale\":\"Version " + i + "\"}}", null));
        expectOneWinner(answers, 200, "stale-version");
        Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        JsonNode now = api.expect("GET", "/api/v1/placements/" + placement + "/portfolio", lea, null, 200).get("pages").get(0);
        assertEquals(winner.body().get("values"), now.get("values"));
        Answer loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertEquals("a 409 carries the page as it stands", now.get("values"), loser.body().get("current").get("values"));

        List<Answer> first = atOnce(12, i -> () -> api.send("PUT", pages + "annexes", lea,
                "{\"version\":0,\"values\":{\"liens\":[{\"url\":\"https://exemple.fr/" + i + "\"}]}}", null));
        expectOneWinner(first, 200, "stale-version");
        assertEquals(1, api.expect("GET", "/api/v1/placements/" + placement + "/portfolio", lea, null, 200).get("pages").get(5).get("version").asInt());
    }

    @Test
    public void theSameImportAppliedTwiceInARowOrAtOnceCreatesNobodyTwice() throws Exception {
        long e = establishment();
        String csv = "nom;prenom;ine;date_naissance;classe;statut\nBLANC;Jade;0000000201B;02/05/2010;2PMIA;élève\n"
                + "NOIR;Tom;0000000202C;03/06/2010;2PMIA;élève\n";
        String path = "/api/v1/establishments/" + e + "/imports/csv?apply=true";
        JsonNode first = api.expect("POST", path, admin, csv, "text/csv", 200);
        assertEquals(2, first.get("toCreate").size());
        JsonNode second = api.expect("POST", path, admin, csv, "text/csv", 200);
        assertEquals("the second apply creates nobody", 0, second.get("toCreate").size());
        assertEquals(2, second.get("unchanged").size());

        String other = "nom;prenom;ine;date_naissance;classe;statut\nVERT;Léo;0000000203D;02/05/2010;2PMIA;élève\n"
                + "ROUGE;Lina;0000000204E;03/06/2010;2PMIA;élève\n";
        List<Answer> applies = atOnce(8, i -> () -> api.send("POST", path, admin, other, "text/csv"));
        assertTrue("no 5xx: " + tally(applies), applies.stream().allMatch(a -> a.status() < 500));
        assertTrue("at least one applied: " + tally(applies), applies.stream().anyMatch(a -> a.status() == 200));
        JsonNode all = api.expect("GET", "/api/v1/establishments/" + e + "/learners", admin, null, 200);
        for (String ine : List.of("0000000201B", "0000000202C", "0000000203D", "0000000204E")) {
            long count = 0;
            for (JsonNode learner : all) {
                count += learner.get("ine").asText().equals(ine) ? 1 : 0;
            }
            assertEquals("learners with INE " + ine, 1, count);
        }
    }

    @Test
    public void parallelWrongPasswordsAllCountAndAnUnknownLoginGetsTheSameAnswers() throws Exception {
        for (String login : List.of("hugo.roux", "personne.inconnue")) {
            List<Answer> wrong = atOnce(20, i -> () -> api.send("POST", "/api/v1/sessions", null,
                    "{\"login\":\"" + login + "\",\"password\":\"mauvais-mot-de-passe\"}", null));
            Map<String, Integer> tally = tally(wrong);
            // A request that arrives once five failures are counted is already throttled (429): that is right too.
            assertTrue(login + ": " + tally, java.util.Set.of("401 invalid-credentials", "429 too-many-attempts").containsAll(tally.keySet()));
            int refused = tally.getOrDefault("401 invalid-credentials", 0);
            assertTrue(login + ": " + tally, refused >= 5);
            assertEquals("every failure of " + login + " counted", refused, highestFailureCounted(login));
            HttpResponse<byte[]> blocked = api.send("POST", "/api/v1/sessions", null, "{\"login\":\"" + login + "\",\"password\":\"" + PASSWORD + "\"}", null);
            assertEquals(login + " is throttled, right password or not", 429, blocked.statusCode());
            assertTrue(blocked.headers().firstValue("Retry-After").isPresent());
        }
    }

    /** The failure count the journal recorded last for that login (its SIGN_IN_FAILED entries say "failure N"). */
    private int highestFailureCounted(String login) throws Exception {
        int highest = 0;
        for (JsonNode entry : api.expect("GET", "/api/v1/audit?limit=1000", admin, null, 200)) {
            if (entry.path("action").asText().equals("SIGN_IN_FAILED") && entry.path("actor").asText().equals(login)) {
                highest = Math.max(highest, Integer.parseInt(entry.path("detail").asText().replaceAll(".*failure (\\d+).*", "$1")));
            }
        }
        return highest;
    }
}
