package org.passerelle.core.internal.referential;

import org.apache.aries.jpa.template.JpaTemplate;
import org.passerelle.core.testing.ShippedReferentials;
import org.passerelle.core.testing.ShippedReferentials.Shipped;

/**
 * Drives a real {@link DefaultReferentialRegistry} over a real {@link JpaSnapshotStore} the way the
 * {@link ReferentialExtender} does, without OSGi: each method is one event of a referential bundle, run on the
 * caller's thread (the extender runs them one at a time on its own thread, in the same order).
 */
public final class RegistryDriver {

    private final DefaultReferentialRegistry registry;

    /** A registry that has loaded every snapshot stored in the database, as at start; the initial scan is not done. */
    public RegistryDriver(JpaTemplate jpa) {
        registry = new DefaultReferentialRegistry(new JpaSnapshotStore(jpa));
        registry.load();
    }

    /** A registry where the shipped referentials of these codes are each provided by a started bundle, scan done. */
    public static DefaultReferentialRegistry withActive(JpaTemplate jpa, String... codes) {
        RegistryDriver driver = new RegistryDriver(jpa);
        long bundleId = 100;
        for (String code : codes) {
            driver.started(bundleId++, code);
        }
        return driver.scanDone().registry();
    }

    public DefaultReferentialRegistry registry() {
        return registry;
    }

    /** A bundle with the shipped descriptor of this code, examined while started. */
    public RegistryDriver started(long bundleId, String code) {
        Shipped shipped = ShippedReferentials.get(code);
        return descriptor(bundleId, shipped.bundleName(), shipped.file(), shipped.bytes(), true);
    }

    /** A bundle with the shipped descriptor of this code, examined while only installed (resolved, not started). */
    public RegistryDriver installed(long bundleId, String code) {
        Shipped shipped = ShippedReferentials.get(code);
        return descriptor(bundleId, shipped.bundleName(), shipped.file(), shipped.bytes(), false);
    }

    /** A bundle with these descriptor bytes (installed, started, or updated to them). */
    public RegistryDriver descriptor(long bundleId, String bundleName, String file, byte[] bytes, boolean active) {
        registry.descriptorFound(bundleId, bundleName, file, bytes, active);
        return this;
    }

    public RegistryDriver stopped(long bundleId) {
        registry.bundleStateChanged(bundleId, false);
        return this;
    }

    public RegistryDriver restarted(long bundleId) {
        registry.bundleStateChanged(bundleId, true);
        return this;
    }

    public RegistryDriver uninstalled(long bundleId) {
        registry.bundleUninstalled(bundleId);
        return this;
    }

    /** Every bundle present at start has been examined. */
    public RegistryDriver scanDone() {
        registry.initialScanDone();
        return this;
    }
}
