package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;

/**
 * What the platform saw survives it: a referential removed while the platform was down is retired at the next
 * start, still readable, because its snapshot lives in the database (the H2 file, or the PostgreSQL database).
 */
public class RestartPersistenceIT {

    @Test
    public void aReferentialRemovedWhileStoppedIsRetiredButReadableAfterRestart() throws Exception {
        DistributionProcess platform = new DistributionProcess("restart-it", "18383");
        platform.start();
        try {
            Path deploy = platform.home().resolve("deploy");
            Path jar = TestReferentialJars.jar("test-referential-persist", "1.0.0",
                    TestReferentialJars.descriptor("TEST_PERSIST", "1.0", "Référentiel persistant"));
            Path deployed = TestReferentialJars.deploy(jar, deploy, "test-referential-persist.jar");
            Api api = platform.api();
            api.waitUntil(list -> Api.has(list, "TEST_PERSIST", "1.0", "ACTIVE"), 10_000, "TEST_PERSIST listed");
            String hash = api.json("/api/v1/referentials/TEST_PERSIST", 200).get("contentHash").asText();

            platform.stop();
            Files.delete(deployed);
            if (TestDatabase.postgres()) {
                assertEquals("the snapshot is in PostgreSQL while the platform is down", hash, TestDatabase.queryOne(platform.database(),
                        "SELECT CONTENT_HASH FROM REFERENTIAL_SNAPSHOT WHERE CODE = 'TEST_PERSIST' AND REF_VERSION = '1.0'"));
            } else {
                assertTrue("the database is a file", Files.size(platform.home().resolve("data/passerelle/passerelle.mv.db")) > 0);
            }
            platform.start();

            api.waitUntil(list -> Api.has(list, "TEST_PERSIST", "1.0", "RETIRED"), 15_000, "TEST_PERSIST retired after restart");
            JsonNode retired = api.json("/api/v1/referentials/TEST_PERSIST?version=1.0", 200);
            assertEquals("RETIRED", retired.get("status").asText());
            assertEquals(hash, retired.get("contentHash").asText());
            assertEquals("Référentiel persistant", retired.get("title").asText());
            assertTrue("the shipped referentials are still there", Api.has(api.json("/api/v1/referentials", 200), "MELEC", "1.0", "ACTIVE"));
        } finally {
            platform.stop();
        }
        platform.assertNoOrphans();
        assertOwnerOnly(platform.home().resolve("data/passerelle"));
        assertOwnerOnly(platform.home().resolve("data/log"));
    }

    /** Issue 9: what the platform wrote (database, logs, outbox, initial password) is its own user's alone. */
    private static void assertOwnerOnly(Path root) throws java.io.IOException {
        java.util.List<String> open = new java.util.ArrayList<>();
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.forEach(p -> {
                try {
                    java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                    if (perms.stream().anyMatch(x -> !x.name().startsWith("OWNER_"))) {
                        open.add(root.relativize(p) + " " + java.nio.file.attribute.PosixFilePermissions.toString(perms));
                    }
                } catch (java.io.IOException e) {
                    open.add(p + " " + e);
                }
            });
        }
        assertEquals("readable by others under " + root, java.util.List.of(), open);
    }
}
