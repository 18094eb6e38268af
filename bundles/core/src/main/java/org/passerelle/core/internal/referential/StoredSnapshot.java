package org.passerelle.core.internal.referential;

import org.passerelle.core.referential.ReferentialStatus;

/** What the store hands back: the columns of a snapshot, detached from JPA. */
record StoredSnapshot(long id, String code, String version, String contentHash, String descriptorJson, String bundleName,
                      ReferentialStatus status, long firstSeenAt) {

    static StoredSnapshot of(ReferentialSnapshotEntity e) {
        return new StoredSnapshot(e.getId(), e.getCode(), e.getRefVersion(), e.getContentHash(), e.getDescriptorJson(),
                e.getBundleName(), e.getStatus(), e.getFirstSeenAt());
    }
}
