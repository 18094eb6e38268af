package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.Test;

/**
 * A write answered is a write kept (issue 8, item 1): the platform's JVM is killed with SIGKILL in the middle of
 * bursts of writes, over several rounds, and restarted on the same data each time. Every creation answered 201,
 * every password change answered 204 and every link revocation answered 200 before the kill must be there after
 * the restart. Zero lost is the only pass. (An earlier release lost 185 of 3,407 creations in 9 rounds.)
 */
public class DurabilityIT {

    private static final int ROUNDS = 6;
    private static final int WRITERS = 6;
    private static final String PASSWORD = "passerelle-demo";

    /** Trainer name → id, for every creation answered 201 (all rounds). */
    private final Map<String, Long> created = new ConcurrentHashMap<>();
    /** Link id → its trainer, for every revocation answered 200. */
    private final Map<Long, Long> revoked = new ConcurrentHashMap<>();
    /** Issue 11: a learner's sheets answered 201 (id → title), and the pages answered 200 (sheet id → what she wrote). */
    private final Map<Long, String> sheets = new ConcurrentHashMap<>();
    private final Map<Long, String> written = new ConcurrentHashMap<>();
    /** The placement of Chloé (MELEC, activity sheets) in the sample data. */
    private volatile Long chloePlacement;

    /** The DDFPT's password: the last change answered 204, the one before it, and one sent but not answered yet. */
    private volatile String confirmed = PASSWORD;
    private volatile String previous = PASSWORD;
    private volatile String pending;

    @Test
    public void everyAnsweredWriteSurvivesAKill9() throws Exception {
        DistributionProcess platform = new DistributionProcess("durability-it", "18384")
                .configure("system.properties", "passerelle.sampleData", "true");
        platform.start();
        Random random = new Random(8);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                burstThenKill(platform, round, 1500 + random.nextInt(2500));
                platform.start();
                check(platform.api(), round);
            }
        } finally {
            platform.stop();
        }
        platform.assertNoOrphans();
        System.out.println("DurabilityIT: " + ROUNDS + " kills; kept " + created.size() + " creations, " + revoked.size()
                + " revocations, " + sheets.size() + " sheets and " + written.size() + " pages of a learner, and the password changes answered before each kill");
        assertTrue("the bursts wrote something: " + created.size() + " creations, " + revoked.size() + " revocations",
                created.size() > ROUNDS * WRITERS && revoked.size() >= ROUNDS);
    }

    /** Writers create trainers and revoke links; one changes a password; the JVM dies after killAfterMs. */
    private void burstThenKill(DistributionProcess platform, int round, long killAfterMs) throws Exception {
        Api api = platform.api();
        String teacher = api.signIn("prof.mspc", PASSWORD);
        long establishment = api.expect("GET", "/api/v1/establishments", teacher, null, 200).get(0).get("id").asLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        pool.submit(() -> writeSheets(api, round, stop));
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            pool.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String name = "R" + round + "W" + writer + "N" + n;
                    try {
                        HttpResponse<byte[]> answer = api.send("POST", "/api/v1/establishments/" + establishment + "/trainers", teacher,
                                "{\"familyName\":\"" + name + "\",\"firstName\":\"Test\",\"email\":\"" + name.toLowerCase() + "@entreprise.example\"}", null);
                        if (answer.statusCode() != 201) {
                            continue;
                        }
                        long trainer = Api.parse(answer).get("id").asLong();
                        created.put(name, trainer);
                        if (n % 3 == 0) {
                            revokeALink(api, teacher, trainer);
                        }
                    } catch (Exception killed) {
                        return null;
                    }
                }
                return null;
            });
        }
        pool.submit(() -> {
            while (!stop.get()) {
                try {
                    String token = api.signIn("ddfpt", confirmed);
                    String next = "nouveau-" + round + "-" + System.nanoTime();
                    pending = next;
                    HttpResponse<byte[]> answer = api.send("PUT", "/api/v1/me/password", token,
                            "{\"currentPassword\":\"" + confirmed + "\",\"newPassword\":\"" + next + "\"}", null);
                    if (answer.statusCode() == 204) {
                        previous = confirmed;
                        confirmed = next;
                    }
                } catch (Exception | AssertionError killed) {
                    return null;
                }
            }
            return null;
        });
        Thread.sleep(killAfterMs);
        platform.kill();
        stop.set(true);
        pool.shutdown();
        assertTrue("writers ended", pool.awaitTermination(60, TimeUnit.SECONDS));
    }

    /** A learner on her phone: starts sheets and writes their page « Fiche », while the JVM may die at any moment. */
    private Void writeSheets(Api api, int round, AtomicBoolean stop) {
        try {
            String chloe = api.signIn("chloe.girard", PASSWORD);
            if (chloePlacement == null) {
                long learner = api.expect("GET", "/api/v1/me", chloe, null, 200).get("learnerId").asLong();
                chloePlacement = api.expect("GET", "/api/v1/learners/" + learner + "/periods", chloe, null, 200).get(0).get("placementId").asLong();
            }
            for (int n = 0; !stop.get(); n++) {
                String title = "Fiche R" + round + "N" + n;
                HttpResponse<byte[]> created = api.send("POST", "/api/v1/placements/" + chloePlacement + "/sheets", chloe, "{\"title\":\"" + title + "\"}", null);
                if (created.statusCode() != 201) {
                    continue;
                }
                long sheet = Api.parse(created).get("id").asLong();
                sheets.put(sheet, title);
                String text = "Ce que j'ai fait : " + title + " — « câblage »";
                if (api.send("PUT", "/api/v1/sheets/" + sheet + "/pages/fiche", chloe, "{\"version\":0,\"values\":{\"description\":\"" + text + "\"}}",
                        null).statusCode() == 200) {
                    written.put(sheet, text);
                }
            }
        } catch (Exception | AssertionError killed) {
            return null;
        }
        return null;
    }

    private void revokeALink(Api api, String teacher, long trainer) throws Exception {
        HttpResponse<byte[]> issued = api.send("POST", "/api/v1/trainers/" + trainer + "/links", teacher, "{\"grant\":\"learner:"
                + learner(api, teacher) + "\"}", null);
        if (issued.statusCode() != 201) {
            return;
        }
        long link = Api.parse(issued).get("id").asLong();
        if (api.send("DELETE", "/api/v1/trainer-links/" + link, teacher, null, null).statusCode() == 200) {
            revoked.put(link, trainer);
        }
    }

    private volatile Long anyLearner;

    private long learner(Api api, String teacher) throws Exception {
        if (anyLearner == null) {
            long establishment = api.expect("GET", "/api/v1/establishments", teacher, null, 200).get(0).get("id").asLong();
            anyLearner = api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", teacher, null, 200).get(0).get("id").asLong();
        }
        return anyLearner;
    }

    /** After the restart: every acknowledged creation, revocation and password change is there. */
    private void check(Api api, int round) throws Exception {
        String admin = api.signIn("admin", PASSWORD);
        long establishment = api.expect("GET", "/api/v1/establishments", admin, null, 200).get(0).get("id").asLong();
        Set<String> present = new HashSet<>();
        for (JsonNode person : api.expect("GET", "/api/v1/establishments/" + establishment + "/people?role=TUTOR", admin, null, 200)) {
            present.add(person.get("familyName").asText());
        }
        List<String> lost = new ArrayList<>();
        created.keySet().stream().filter(name -> !present.contains(name)).forEach(lost::add);
        assertEquals("round " + round + ": creations answered 201 then lost: " + lost, 0, lost.size());

        List<Long> undone = new ArrayList<>();
        for (long trainer : new HashSet<>(revoked.values())) {
            for (JsonNode link : api.expect("GET", "/api/v1/trainers/" + trainer + "/links", admin, null, 200)) {
                boolean live = link.path("revokedAt").isMissingNode() || link.path("revokedAt").isNull();
                if (revoked.containsKey(link.get("id").asLong()) && live) {
                    undone.add(link.get("id").asLong());
                }
            }
        }
        assertEquals("round " + round + ": revocations answered then undone: " + undone, 0, undone.size());

        // Nothing a learner wrote is lost: every sheet answered 201 is there with the page answered 200.
        String chloe = api.signIn("chloe.girard", PASSWORD);
        List<String> lostWork = new ArrayList<>();
        for (Map.Entry<Long, String> sheet : sheets.entrySet()) {
            HttpResponse<byte[]> found = api.send("GET", "/api/v1/sheets/" + sheet.getKey(), chloe, null, null);
            if (found.statusCode() != 200 || !sheet.getValue().equals(Api.parse(found).get("summary").get("title").asText())) {
                lostWork.add(sheet.getValue());
            } else if (written.containsKey(sheet.getKey())
                    && !written.get(sheet.getKey()).equals(Api.parse(found).get("pages").get(1).get("values").path("description").asText())) {
                lostWork.add(sheet.getValue() + " (its page)");
            }
        }
        assertEquals("round " + round + ": a learner's sheets or pages answered then lost: " + lostWork, 0, lostWork.size());

        // The last password change answered 204 holds: the password before it no longer opens (an earlier release
        // let it work again), and the confirmed one does, unless a later change, unanswered at the kill, was kept.
        if (!previous.equals(confirmed)) {
            assertEquals("round " + round + ": the password replaced by a change answered 204 works again", 401,
                    api.send("POST", "/api/v1/sessions", null, "{\"login\":\"ddfpt\",\"password\":\"" + previous + "\"}", null).statusCode());
        }
        if (api.send("POST", "/api/v1/sessions", null, "{\"login\":\"ddfpt\",\"password\":\"" + confirmed + "\"}", null).statusCode() != 201) {
            assertTrue("round " + round + ": neither the confirmed nor a pending password opens", pending != null);
            api.signIn("ddfpt", pending);
            previous = confirmed;
            confirmed = pending;
        }
    }
}
