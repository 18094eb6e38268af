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
 * if one is installed, RETIRED when none is left. Snapshots themselves are never removed, and a version is
 * immutable: a bundle bringing a code and version already known with another content is refused, and the known
 * one stays as it was.
 *
 * <p>Locks: readers take this object's monitor, held only for in-memory work; the extender's events are serialised
 * on {@code events}, under which the database is written, so a slow database never blocks a reader.
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
    /** Serialises the extender's events and their database writes; readers never wait on it. */
    private final Object events = new Object();

    public DefaultReferentialRegistry(SnapshotStore store) {
        this.store = store;
    }

    /** Loads every snapshot ever stored, so retired versions stay readable. */
    void load() {
        List<StoredSnapshot> all = store.loadAll();
        synchronized (this) {
            loaded(all);
        }
        LOG.info("Loaded {} referential snapshots", all.size());
    }

    private void loaded(List<StoredSnapshot> all) {
        for (StoredSnapshot stored : all) {
            try {
                ParsedDescriptor parsed = parser.parse(stored.descriptorJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                snapshots.put(stored.id(), new Snapshot(stored, parsed.referential(), ReferentialStats.of(parsed.referential())));
                statuses.put(stored.id(), stored.status());
            } catch (DescriptorException e) {
                LOG.error("Stored referential snapshot {} ({} {}) can no longer be read: {}", stored.id(), stored.code(), stored.version(), e.getMessage());
            }
        }
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
        synchronized (events) {
            Optional<Snapshot> clash;
            synchronized (this) {
                clash = ofCode(r.code()).filter(s -> s.stored().version().equals(r.version())
                        && !s.stored().contentHash().equals(parsed.contentHash())).findFirst();
            }
            StoredSnapshot stored;
            if (clash.isPresent()) {
                stored = clash.get().stored();
            } else {
                try {
                    stored = store.findOrCreate(parsed, bundleName, active ? ReferentialStatus.ACTIVE : ReferentialStatus.UNAVAILABLE);
                } catch (RuntimeException e) {
                    refuse(bundleId, bundleName, "Referential refused: bundle " + bundleName + ", " + r.code() + " " + r.version()
                            + " could not be stored: " + e.getMessage());
                    return;
                }
            }
            if (!stored.contentHash().equals(parsed.contentHash())) {
                refuse(bundleId, bundleName, "Referential refused: bundle " + bundleName + ", file " + file + ", field version: " + r.code() + " " + r.version()
                        + " is already known with another content (" + stored.contentHash().substring(0, 12) + ", this one "
                        + parsed.contentHash().substring(0, 12) + "); a version never changes: raise the version number");
                return;
            }
            Map<Long, ReferentialStatus> changes;
            synchronized (this) {
                refusals.remove(bundleId);
                snapshots.computeIfAbsent(stored.id(), id -> new Snapshot(stored, r, ReferentialStats.of(r)));
                statuses.putIfAbsent(stored.id(), stored.status());
                providers.put(bundleId, new Provider(stored.id(), active));
                changes = statusChanges();
            }
            store.updateStatuses(changes);
        }
        LOG.info("Referential {} {} ({}) found in bundle {}, {}", r.code(), r.version(), parsed.contentHash().substring(0, 12),
                bundleName, active ? "available" : "installed but not started");
    }

    void refuse(long bundleId, String bundleName, String line) {
        LOG.warn(line);
        change(() -> {
            providers.remove(bundleId);
            refusals.put(bundleId, new Refusal(bundleName, line));
        });
    }

    void bundleStateChanged(long bundleId, boolean active) {
        change(() -> {
            Provider provider = providers.get(bundleId);
            if (provider != null && provider.active() != active) {
                providers.put(bundleId, new Provider(provider.snapshotId(), active));
            }
        });
    }

    void bundleUninstalled(long bundleId) {
        change(() -> {
            refusals.remove(bundleId);
            providers.remove(bundleId);
        });
    }

    /** After the bundles present at start were examined: what none of them provides is retired. */
    void initialScanDone() {
        change(() -> ready = true);
        LOG.info("Referential scan done: {} versions known, {} bundles refused", snapshots.size(), refusals.size());
    }

    /** One event: the in-memory change and the new statuses under the readers' lock, their database write after it. */
    private void change(Runnable inMemory) {
        synchronized (events) {
            Map<Long, ReferentialStatus> changes;
            synchronized (this) {
                inMemory.run();
                changes = statusChanges();
            }
            store.updateStatuses(changes);
        }
    }

    /** The statuses that the providers now imply and that differ from the known ones, already applied in memory. */
    private Map<Long, ReferentialStatus> statusChanges() {
        Map<Long, ReferentialStatus> changes = new HashMap<>();
        for (Long id : snapshots.keySet()) {
            ReferentialStatus computed = computeStatus(id);
            if (computed != null && computed != statuses.get(id)) {
                changes.put(id, computed);
            }
        }
        statuses.putAll(changes);
        return changes;
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
