package org.passerelle.core.internal.referential;

import java.util.List;
import java.util.Map;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.referential.model.ParsedDescriptor;

/** Persistence of referential snapshots. */
public interface SnapshotStore {

    List<StoredSnapshot> loadAll();

    /** The snapshot of this code + version + hash, created if it was never seen. */
    StoredSnapshot findOrCreate(ParsedDescriptor descriptor, String bundleName, ReferentialStatus status);

    /** Writes the given statuses, in one transaction. */
    void updateStatuses(Map<Long, ReferentialStatus> statuses);

    boolean ping();
}
