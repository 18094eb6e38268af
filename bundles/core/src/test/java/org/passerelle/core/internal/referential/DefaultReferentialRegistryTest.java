package org.passerelle.core.internal.referential;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.core.referential.ReferentialSummary;
import org.passerelle.core.testing.ShippedReferentials;
import org.passerelle.core.testing.TestDatabase;

/**
 * The registry's states as users see them in {@code GET /api/v1/referentials}, driven by the events the extender
 * would report for referential bundles (no OSGi), over a real snapshot store. Each test starts without any snapshot:
 * a registry loads every snapshot ever stored.
 */
public class DefaultReferentialRegistryTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    @Before
    public void noSnapshotYet() {
        DB.jpa().tx(TransactionType.Required, em -> em.createQuery("DELETE FROM ReferentialSnapshotEntity s").executeUpdate());
    }

    private static final String FILE = "referential/referential.json";

    private RegistryDriver driver() {
        return new RegistryDriver(DB.jpa());
    }

    /** One version of code as list() shows it. */
    private static ReferentialSummary summary(DefaultReferentialRegistry registry, String code, String version) {
        return registry.list().stream().filter(s -> code.equals(s.code()) && version.equals(s.version())).findFirst()
                .orElseThrow(() -> new AssertionError(code + " " + version + " is not listed: " + registry.list()));
    }

    private static ReferentialStatus status(DefaultReferentialRegistry registry, String code, String version) {
        return summary(registry, code, version).status();
    }

    /** The shipped descriptor of code with its first occurrence of from replaced by to. */
    private static byte[] edited(String code, String from, String to) {
        String json = new String(ShippedReferentials.get(code).bytes(), StandardCharsets.UTF_8);
        int at = json.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(from + " is not in " + code);
        }
        return (json.substring(0, at) + to + json.substring(at + from.length())).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void aStartedBundleMakesItsReferentialActiveAndTheDefault() {
        DefaultReferentialRegistry registry = driver().started(1, "MELEC").scanDone().registry();

        ReferentialSummary melec = summary(registry, "MELEC", "1.0");
        assertEquals(ReferentialStatus.ACTIVE, melec.status());
        assertTrue(melec.defaultVersion());
        assertEquals("passerelle-referential-melec/1.0.0.SNAPSHOT", melec.bundle());
        assertEquals("1.0", registry.find("MELEC", null).orElseThrow().summary().version());
        assertTrue(registry.ready());
    }

    @Test
    public void anInstalledBundleThatIsNotStartedMakesItUnavailableYetReadable() {
        DefaultReferentialRegistry registry = driver().installed(1, "PLP").scanDone().registry();

        assertEquals(ReferentialStatus.UNAVAILABLE, status(registry, "PLP", "1.0"));
        assertFalse("only an ACTIVE version is the default for new work", summary(registry, "PLP", "1.0").defaultVersion());
        assertEquals("without version, the newest known", ReferentialStatus.UNAVAILABLE, registry.find("PLP", null).orElseThrow().summary().status());
    }

    @Test
    public void stoppingMakesItUnavailableAndStartingAgainActive() {
        RegistryDriver driver = driver().started(1, "MELEC").scanDone();

        driver.stopped(1);
        assertEquals(ReferentialStatus.UNAVAILABLE, status(driver.registry(), "MELEC", "1.0"));
        driver.restarted(1);
        assertEquals(ReferentialStatus.ACTIVE, status(driver.registry(), "MELEC", "1.0"));
    }

    @Test
    public void uninstallingRetiresItButEverythingStaysReadable() {
        RegistryDriver driver = driver().started(1, "MELEC").scanDone();

        driver.uninstalled(1);

        assertEquals(ReferentialStatus.RETIRED, status(driver.registry(), "MELEC", "1.0"));
        var entry = driver.registry().find("MELEC", "1.0").orElseThrow();
        assertEquals(ReferentialStatus.RETIRED, entry.summary().status());
        assertEquals("the descriptor as deployed", new String(ShippedReferentials.get("MELEC").bytes(), StandardCharsets.UTF_8), entry.descriptorJson());
        assertTrue("the model is readable", entry.referential().task("T1-1").isPresent());
    }

    @Test
    public void statusesSurviveARestartAndWhatNoBundleProvidesAnyMoreIsRetiredWhenTheScanEnds() {
        driver().started(1, "MELEC").started(2, "PLP").scanDone();

        // The platform restarts: the registry loads what was stored, then the bundles present are examined.
        RegistryDriver restarted = driver();
        assertFalse(restarted.registry().ready());
        assertEquals("as stored, while the scan may still find its bundle", ReferentialStatus.ACTIVE, status(restarted.registry(), "MELEC", "1.0"));
        restarted.started(7, "PLP");
        assertEquals(ReferentialStatus.ACTIVE, status(restarted.registry(), "MELEC", "1.0"));

        restarted.scanDone();
        assertTrue(restarted.registry().ready());
        assertEquals("its jar was removed while the platform was down", ReferentialStatus.RETIRED, status(restarted.registry(), "MELEC", "1.0"));
        assertEquals(ReferentialStatus.ACTIVE, status(restarted.registry(), "PLP", "1.0"));
        // ... and stored so: a third start shows it before any bundle is examined.
        assertEquals(ReferentialStatus.RETIRED, status(driver().registry(), "MELEC", "1.0"));
    }

    @Test
    public void aMalformedDescriptorIsRefusedWithOneLineAndTheOthersGoOn() {
        RegistryDriver driver = driver().started(1, "MELEC")
                .descriptor(2, "passerelle-referential-broken/1.0.0", FILE, edited("PLP", "\"code\": \"PLP\"", "\"code\": \"\""), true)
                .started(3, "MSPC").scanDone();

        List<ReferentialSummary> refused = driver.registry().list().stream().filter(s -> s.status() == ReferentialStatus.REFUSED).toList();
        assertEquals(1, refused.size());
        assertEquals("passerelle-referential-broken/1.0.0", refused.get(0).bundle());
        String line = refused.get(0).refusal();
        assertTrue(line, line.startsWith("Referential refused: bundle passerelle-referential-broken/1.0.0, file " + FILE + ", field code: "));
        assertFalse("one line", line.contains("\n"));
        assertEquals(ReferentialStatus.ACTIVE, status(driver.registry(), "MELEC", "1.0"));
        assertEquals(ReferentialStatus.ACTIVE, status(driver.registry(), "MSPC", "1.0"));

        // The bundle is updated with a valid descriptor: the refusal goes, its referential comes.
        driver.started(2, "PLP");
        assertTrue(driver.registry().list().stream().noneMatch(s -> s.status() == ReferentialStatus.REFUSED));
        assertEquals(ReferentialStatus.ACTIVE, status(driver.registry(), "PLP", "1.0"));
    }

    @Test
    public void aRefusedBundleThatIsUninstalledIsNoLongerListed() {
        RegistryDriver driver = driver().descriptor(2, "passerelle-referential-broken/1.0.0", FILE, "{ not json".getBytes(StandardCharsets.UTF_8), true)
                .scanDone();
        assertEquals(1, driver.registry().list().stream().filter(s -> s.status() == ReferentialStatus.REFUSED).count());

        driver.uninstalled(2);

        assertEquals(List.of(), driver.registry().list());
    }

    @Test
    public void theNewestActiveVersionIsTheDefaultAndAnOlderOneStaysUsable() {
        RegistryDriver driver = driver().started(1, "MELEC")
                .descriptor(2, "passerelle-referential-melec/1.1.0", FILE, edited("MELEC", "\"version\": \"1.0\"", "\"version\": \"1.1\""), true)
                .scanDone();
        assertEquals("1.1", driver.registry().find("MELEC", null).orElseThrow().summary().version());
        assertTrue(summary(driver.registry(), "MELEC", "1.1").defaultVersion());
        assertFalse(summary(driver.registry(), "MELEC", "1.0").defaultVersion());

        driver.stopped(2);

        assertEquals("back to the newest ACTIVE one", "1.0", driver.registry().find("MELEC", null).orElseThrow().summary().version());
        assertEquals(ReferentialStatus.UNAVAILABLE, driver.registry().find("MELEC", "1.1").orElseThrow().summary().status());
    }

    /**
     * A referential version is immutable (002-integrity.xml: one content per code and version, "refused from now
     * on"): a bundle bringing other content under a version already seen is refused like a malformed one, and the
     * version keeps the content first seen.
     */
    @Test
    public void otherContentUnderAVersionAlreadySeenIsRefused() {
        byte[] changed = edited("MELEC", "\"title\": \"Métiers de l'électricité", "\"title\": \"Métiers (révisés) de l'électricité");
        RegistryDriver driver = driver().started(1, "MELEC")
                .descriptor(2, "passerelle-referential-melec-fork/1.0.0", FILE, changed, true)
                .scanDone();

        List<ReferentialSummary> refused = driver.registry().list().stream().filter(s -> s.status() == ReferentialStatus.REFUSED).toList();
        assertEquals(driver.registry().list().toString(), 1, refused.size());
        assertEquals("passerelle-referential-melec-fork/1.0.0", refused.get(0).bundle());
        assertTrue(refused.get(0).refusal(), refused.get(0).refusal().startsWith(
                "Referential refused: bundle passerelle-referential-melec-fork/1.0.0, file " + FILE + ", field version: "));
        assertEquals(ReferentialStatus.ACTIVE, status(driver.registry(), "MELEC", "1.0"));
        assertEquals(new String(ShippedReferentials.get("MELEC").bytes(), StandardCharsets.UTF_8),
                driver.registry().find("MELEC", "1.0").orElseThrow().descriptorJson());
    }
}
