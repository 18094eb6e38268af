package org.passerelle.core.internal.referential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.core.referential.ReferentialSummary;
import org.passerelle.referential.model.DescriptorException;
import org.passerelle.referential.model.ParsedDescriptor;
import org.passerelle.referential.model.Referential;
import org.passerelle.referential.model.ReferentialParser;
import org.passerelle.referential.model.ReferentialStats;
import org.passerelle.referential.model.ReferentialVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry of referential versions. Bundle events arrive from the extender's single thread; readers come
 * from any thread. A snapshot's status follows the bundles that provide it: ACTIVE if one runs, UNAVAILABLE
 * if one is installed, RETIRED when none is left. Snapshots themselves are never removed.
 */
public final class DefaultReferentialRegistry implements ReferentialRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultReferentialRegistry.class);
    private static final Comparator<Snapshot> NEWEST_FIRST = Comparator
            .comparing((Snapshot s) -> s.stored().version(), ReferentialVersions.ORDER)
            .thenComparingLong(s -> s.stored().firstSeenAt())
            .thenComparingLong(s -> s.stored().id())
            .reversed();

    private final SnapshotStore store;
    private final ReferentialParser parser = new ReferentialParser();
    private final Map<Long, Snapshot> snapshots = new LinkedHashMap<>();
    private final Map<Long, ReferentialStatus> statuses = new HashMap<>();
    private final Map<Long, Provider> providers = new HashMap<>();
    private final Map<Long, Refusal> refusals = new LinkedHashMap<>();
    private volatile boolean ready;

    public DefaultReferentialRegistry(SnapshotStore store) {
        this.store = store;
    }

    /** Loads every snapshot ever stored, so retired versions stay readable. */
    synchronized void load() {
        for (StoredSnapshot stored : store.loadAll()) {
            try {
                ParsedDescriptor parsed = parser.parse(stored.descriptorJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                snapshots.put(stored.id(), new Snapshot(stored, parsed.referential(), ReferentialStats.of(parsed.referential())));
                statuses.put(stored.id(), stored.status());
            } catch (DescriptorException e) {
                LOG.error("Stored referential snapshot {} ({} {}) can no longer be read: {}", stored.id(), stored.code(), stored.version(), e.getMessage());
            }
        }
        LOG.info("Loaded {} referential snapshots", snapshots.size());
    }

    // --- events from the extender (one thread) ---------------------------------------------------------------

    void descriptorFound(long bundleId, String bundleName, String file, byte[] bytes, boolean active) {
        ParsedDescriptor parsed;
        try {
            parsed = parser.parse(bytes);
        } catch (DescriptorException e) {
            refuse(bundleId, bundleName, e.refusalLine(bundleName, file));
            return;
        }
        Referential r = parsed.referential();
        String seen = otherContentOf(r.code(), r.version(), parsed.contentHash());
        if (seen != null) {
            // A version never changes (UK_SNAPSHOT_VERSION): storing it would fail, and the bundle would be in no list.
            refuse(bundleId, bundleName, "Referential refused: bundle " + bundleName + ", file " + file + ", field version: " + r.code() + " "
                    + r.version() + " is already known with other content (" + seen.substring(0, 12) + "); changed content needs a new version");
            return;
        }
        StoredSnapshot stored = store.findOrCreate(parsed, bundleName, active ? ReferentialStatus.ACTIVE : ReferentialStatus.UNAVAILABLE);
        synchronized (this) {
            refusals.remove(bundleId);
            snapshots.computeIfAbsent(stored.id(), id -> new Snapshot(stored, r, ReferentialStats.of(r)));
            statuses.putIfAbsent(stored.id(), stored.status());
            providers.put(bundleId, new Provider(stored.id(), active));
            persistStatusChanges();
        }
        LOG.info("Referential {} {} ({}) found in bundle {}, {}", r.code(), r.version(), parsed.contentHash().substring(0, 12),
                bundleName, active ? "available" : "installed but not started");
    }

    /** The content hash already known for this code and version when it is not this one, else null. */
    private synchronized String otherContentOf(String code, String version, String contentHash) {
        return snapshots.values().stream().map(Snapshot::stored)
                .filter(s -> s.code().equals(code) && s.version().equals(version) && !s.contentHash().equals(contentHash))
                .map(StoredSnapshot::contentHash).findFirst().orElse(null);
    }

    void refuse(long bundleId, String bundleName, String line) {
        LOG.warn(line);
        synchronized (this) {
            providers.remove(bundleId);
            refusals.put(bundleId, new Refusal(bundleName, line));
            persistStatusChanges();
        }
    }

    synchronized void bundleStateChanged(long bundleId, boolean active) {
        Provider provider = providers.get(bundleId);
        if (provider != null && provider.active() != active) {
            providers.put(bundleId, new Provider(provider.snapshotId(), active));
            persistStatusChanges();
        }
    }

    synchronized void bundleUninstalled(long bundleId) {
        refusals.remove(bundleId);
        if (providers.remove(bundleId) != null) {
            persistStatusChanges();
        }
    }

    /** After the bundles present at start were examined: what none of them provides is retired. */
    synchronized void initialScanDone() {
        ready = true;
        persistStatusChanges();
        LOG.info("Referential scan done: {} versions known, {} bundles refused", snapshots.size(), refusals.size());
    }

    private void persistStatusChanges() {
        Map<Long, ReferentialStatus> changes = new HashMap<>();
        for (Long id : snapshots.keySet()) {
            ReferentialStatus computed = computeStatus(id);
            if (computed != null && computed != statuses.get(id)) {
                changes.put(id, computed);
            }
        }
        if (!changes.isEmpty()) {
            store.updateStatuses(changes);
            statuses.putAll(changes);
        }
    }

    /** Null while the initial scan runs and no bundle provides it yet: it may still turn up. */
    private ReferentialStatus computeStatus(long snapshotId) {
        boolean provided = false;
        for (Provider p : providers.values()) {
            if (p.snapshotId() == snapshotId) {
                if (p.active()) {
                    return ReferentialStatus.ACTIVE;
                }
                provided = true;
            }
        }
        if (provided) {
            return ReferentialStatus.UNAVAILABLE;
        }
        return ready ? ReferentialStatus.RETIRED : null;
    }

    // --- reads -------------------------------------------------------------------------------------------------

    @Override
    public synchronized List<ReferentialSummary> list() {
        List<ReferentialSummary> result = new ArrayList<>();
        snapshots.values().stream()
                .sorted(Comparator.comparing((Snapshot s) -> s.stored().code()).thenComparing(NEWEST_FIRST))
                .forEach(s -> result.add(summary(s)));
        refusals.values().forEach(r -> result.add(new ReferentialSummary(null, null, null, null, null, null,
                ReferentialStatus.REFUSED, false, null, null, r.bundleName(), r.line(), null)));
        return result;
    }

    @Override
    public synchronized List<ReferentialSummary> versions(String code) {
        return ofCode(code).map(this::summary).toList();
    }

    @Override
    public synchronized Optional<ReferentialEntry> find(String code, String version) {
        Optional<Snapshot> found;
        if (version == null) {
            found = defaultOf(code).or(() -> ofCode(code).findFirst());
        } else {
            // Several contents of one version: the one still provided wins, else the most recently seen.
            found = ofCode(code).filter(s -> s.stored().version().equals(version))
                    .min(Comparator.comparing((Snapshot s) -> statuses.get(s.stored().id()) == ReferentialStatus.RETIRED)
                            .thenComparing(Comparator.comparingLong((Snapshot s) -> s.stored().firstSeenAt()).reversed()));
        }
        return found.map(s -> new ReferentialEntry(summary(s), s.referential(), s.stored().descriptorJson()));
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public boolean databaseReachable() {
        return store.ping();
    }

    private java.util.stream.Stream<Snapshot> ofCode(String code) {
        return snapshots.values().stream().filter(s -> s.stored().code().equals(code)).sorted(NEWEST_FIRST);
    }

    private Optional<Snapshot> defaultOf(String code) {
        return ofCode(code).filter(s -> statuses.get(s.stored().id()) == ReferentialStatus.ACTIVE).findFirst();
    }

    private ReferentialSummary summary(Snapshot s) {
        StoredSnapshot st = s.stored();
        Referential r = s.referential();
        boolean isDefault = defaultOf(st.code()).map(d -> d.stored().id() == st.id()).orElse(false);
        ReferentialStatus status = Objects.requireNonNullElse(statuses.get(st.id()), ReferentialStatus.UNAVAILABLE);
        return new ReferentialSummary(st.code(), st.version(), r.title(), r.diploma(), r.level(), r.kind().name(), status,
                isDefault, st.contentHash(), s.stats(), st.bundleName(), null, Instant.ofEpochMilli(st.firstSeenAt()));
    }

    private record Snapshot(StoredSnapshot stored, Referential referential, ReferentialStats stats) {
    }

    private record Provider(long snapshotId, boolean active) {
    }

    private record Refusal(String bundleName, String line) {
    }
}
