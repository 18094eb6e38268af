package org.passerelle.core.internal.referential;

import java.util.List;
import java.util.Map;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.referential.model.ParsedDescriptor;

/** Persistence of referential snapshots. */
public interface SnapshotStore {

    List<StoredSnapshot> loadAll();

    /**
     * The snapshot of this code + version, created if it was never seen. A version is immutable: when the one stored
     * has another content hash, it is returned as it is (the caller refuses the new content).
     */
    StoredSnapshot findOrCreate(ParsedDescriptor descriptor, String bundleName, ReferentialStatus status);

    /** Writes the given statuses, in one transaction. */
    void updateStatuses(Map<Long, ReferentialStatus> statuses);

    boolean ping();
}
