package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * An installation of an earlier release upgrades in place (issue 8, item 2): its H2 database, kept as SQL in the
 * test resources (upgrade/README.md says how it was made), is started under this distribution, whose migrations
 * take it from the baseline to today's schema; everything is then read back through the API, the sheet that
 * release left pointing at nothing included, and nothing points at nothing afterwards.
 */
public class UpgradeIT {

    private static final String PASSWORD = "passerelle-demo";

    @Test
    public void aDatabaseOfTheFirstReleasesIsMigratedAndEverythingReadsBack() throws Exception {
        // The first releases ran on H2 only: there is no PostgreSQL database of theirs to upgrade.
        org.junit.Assume.assumeFalse("H2 only: the first releases never ran on PostgreSQL", TestDatabase.postgres());
        DistributionProcess platform = new DistributionProcess("upgrade-it", "18386");
        Path database = platform.home().resolve("data/passerelle/passerelle");
        java.nio.file.Files.createDirectories(database.getParent());
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "passerelle", "passerelle");
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:/upgrade/release-5f25b86-h2.sql'");
        }
        platform.start();
        try {
            Api api = platform.api();
            String teacher = api.signIn("prof.mspc", PASSWORD);
            api.signIn("hugo.roux", "hugo-nouveau-2027");
            long establishment = api.expect("GET", "/api/v1/establishments", teacher, null, 200).get(0).get("id").asLong();

            // The learners, the imported one in her class, with the names as typed.
            JsonNode learners = api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", teacher, null, 200);
            assertEquals(9, learners.size());
            long hugo = Api.idWhere(learners, "login", "hugo.roux");
            long lea = Api.idWhere(learners, "login", "lea.petit");
            JsonNode mai = learners.get(indexOf(learners, "ine", "0000000009J"));
            assertEquals("Thị Mai", mai.get("firstName").asText());
            assertEquals("2PMIA-B", mai.get("classCode").asText());

            // The period of step 1, with Léa only, her sheet filled and her two activity sheets.
            JsonNode periods = api.expect("GET", "/api/v1/establishments/" + establishment + "/periods", teacher, null, 200);
            assertEquals(1, periods.size());
            JsonNode period = periods.get(0);
            assertEquals("PFMP 2 — approfondissement", period.get("name").asText());
            assertEquals(List.of(lea), ids(period.get("learnerIds")));
            JsonNode placement = api.expect("GET", "/api/v1/periods/" + period.get("id").asLong() + "/placements", teacher, null, 200).get(0);
            assertEquals("Maintenance Rhône SARL", placement.get("place").get("companyName").asText());
            assertEquals(2, placement.get("sheetCount").asInt());

            // Hugo's sheet, which that release left pointing at a deleted placement, is in his free sheets now.
            JsonNode hugoFree = api.expect("GET", "/api/v1/learners/" + hugo + "/free-sheets", teacher, null, 200);
            assertEquals(1, hugoFree.size());
            assertEquals("Visite de l’atelier", hugoFree.get(0).get("title").asText());

            // The deleted period is still restorable, and its sheet comes back with it.
            JsonNode deleted = api.expect("GET", "/api/v1/establishments/" + establishment + "/periods?deleted=true", teacher, null, 200);
            assertEquals("PFMP 1 — découverte", deleted.get(0).get("name").asText());
            assertEquals(1, api.expect("GET", "/api/v1/learners/" + lea + "/free-sheets", teacher, null, 200).size());
            api.expect("POST", "/api/v1/periods/" + deleted.get(0).get("id").asLong() + "/restore", teacher, null, 200);
            assertEquals(0, api.expect("GET", "/api/v1/learners/" + lea + "/free-sheets", teacher, null, 200).size());

            // The link that granted Hugo's removed placement is revoked; the journal is whole.
            String admin = api.signIn("admin", PASSWORD);
            long tutor = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment + "/people?role=TUTOR", admin, null, 200),
                    "familyName", "Dupuis");
            JsonNode link = api.expect("GET", "/api/v1/trainers/" + tutor + "/links", admin, null, 200).get(0);
            assertTrue("the link to a placement that is gone is revoked: " + link, link.hasNonNull("revokedAt"));
            JsonNode journal = api.expect("GET", "/api/v1/audit?limit=1000", admin, null, 200);
            assertTrue(journal.toString(), journal.toString().contains("IMPORT_APPLIED") && journal.toString().contains("PASSWORD_CHANGED"));

            // And the upgraded database takes new writes, ids following the old ones (5 classes before).
            long level = api.expect("GET", "/api/v1/establishments/" + establishment + "/class-levels", admin, null, 200).get(0).get("id").asLong();
            JsonNode created = api.expect("POST", "/api/v1/establishments/" + establishment + "/classes", admin,
                    "{\"code\":\"2PMIA-C\",\"label\":\"Seconde PMIA groupe C\",\"classLevelId\":" + level + "}", 201);
            assertEquals(6, created.get("id").asLong());
        } finally {
            platform.stop();
        }
        platform.assertNoOrphans();
    }

    private static int indexOf(JsonNode list, String field, String value) {
        for (int i = 0; i < list.size(); i++) {
            if (value.equals(list.get(i).path(field).asText())) {
                return i;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + list);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asLong()));
        return ids;
    }
}
