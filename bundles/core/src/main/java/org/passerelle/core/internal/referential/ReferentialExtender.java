package org.passerelle.core.internal.referential;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.passerelle.referential.model.ReferentialParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovers referential bundles: any bundle whose manifest has the {@code Passerelle-Referential} header.
 * Tracker callbacks run on the framework's thread and only queue work; reading, parsing and storing happen on
 * one thread of our own, in the order the events came.
 */
public final class ReferentialExtender implements BundleTrackerCustomizer<Long> {

    private static final Logger LOG = LoggerFactory.getLogger(ReferentialExtender.class);
    private static final int MAX_DESCRIPTOR_BYTES = 8 * 1024 * 1024;

    private final BundleContext context;
    private final DefaultReferentialRegistry registry;
    private ExecutorService worker;
    private BundleTracker<Long> tracker;
    private volatile boolean closing;

    public ReferentialExtender(BundleContext context, DefaultReferentialRegistry registry) {
        this.context = context;
        this.registry = registry;
    }

    public void open() {
        registry.load();
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "passerelle-referential-extender");
            thread.setDaemon(true);
            return thread;
        });
        tracker = new BundleTracker<>(context, Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING, this);
        tracker.open();
        // Every bundle present now has been queued by open(): once the queue reaches this, the scan is complete.
        worker.execute(registry::initialScanDone);
    }

    public void close() throws InterruptedException {
        closing = true;
        tracker.close();
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }

    @Override
    public Long addingBundle(Bundle bundle, BundleEvent event) {
        String file = descriptorPath(bundle);
        if (file == null) {
            return null;
        }
        submit(() -> examine(bundle, file));
        return bundle.getBundleId();
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Long bundleId) {
        if (event != null && event.getType() == BundleEvent.UPDATED) {
            String file = descriptorPath(bundle);
            if (file == null) {
                submit(() -> registry.bundleUninstalled(bundleId));
            } else {
                submit(() -> examine(bundle, file));
            }
        } else {
            submit(() -> registry.bundleStateChanged(bundleId, bundle.getState() == Bundle.ACTIVE));
        }
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Long bundleId) {
        // Also called for every bundle when the tracker closes (platform stopping): that retires nothing.
        if (!closing) {
            submit(() -> registry.bundleUninstalled(bundleId));
        }
    }

    private void examine(Bundle bundle, String file) {
        String name = bundle.getSymbolicName() + "/" + bundle.getVersion();
        URL entry = bundle.getEntry(file);
        if (entry == null) {
            registry.refuse(bundle.getBundleId(), name, "Referential refused: bundle " + name + ", file " + file
                    + ", field (document): the descriptor named by " + ReferentialParser.DESCRIPTOR_HEADER + " is not in the bundle");
            return;
        }
        byte[] bytes;
        try (InputStream in = entry.openStream()) {
            bytes = in.readNBytes(MAX_DESCRIPTOR_BYTES + 1);
        } catch (IOException | IllegalStateException e) {
            // The bundle went away before we got to it; its uninstall event follows in the queue.
            LOG.debug("Could not read {} from {}: {}", file, name, e.toString());
            return;
        }
        if (bytes.length > MAX_DESCRIPTOR_BYTES) {
            registry.refuse(bundle.getBundleId(), name, "Referential refused: bundle " + name + ", file " + file
                    + ", field (document): larger than " + MAX_DESCRIPTOR_BYTES + " bytes");
            return;
        }
        registry.descriptorFound(bundle.getBundleId(), name, file, bytes, bundle.getState() == Bundle.ACTIVE);
    }

    private void submit(Runnable work) {
        worker.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Referential extender failed on an event; it goes on with the next", e);
            }
        });
    }

    private static String descriptorPath(Bundle bundle) {
        String header = bundle.getHeaders("").get(ReferentialParser.DESCRIPTOR_HEADER);
        if (header == null || header.isBlank()) {
            return null;
        }
        String path = header.trim();
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
