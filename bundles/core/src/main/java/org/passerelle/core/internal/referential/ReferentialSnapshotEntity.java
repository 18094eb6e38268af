package org.passerelle.core.internal.referential;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.passerelle.core.referential.ReferentialStatus;

/**
 * A copy of one referential descriptor as deployed, keyed by code + version + content hash. Never deleted:
 * periods, portfolios and evaluations made under it stay readable after its bundle is gone.
 */
@Entity
@Table(name = "REFERENTIAL_SNAPSHOT", uniqueConstraints = @UniqueConstraint(name = "UK_SNAPSHOT_VERSION", columnNames = {"CODE", "REF_VERSION", "CONTENT_HASH"}))
@NamedQueries({
    @NamedQuery(name = "ReferentialSnapshot.all", query = "SELECT s FROM ReferentialSnapshotEntity s ORDER BY s.id"),
    @NamedQuery(name = "ReferentialSnapshot.byVersion", query = "SELECT s FROM ReferentialSnapshotEntity s WHERE s.code = :code AND s.refVersion = :version")
})
public class ReferentialSnapshotEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "CODE", nullable = false, length = 32)
    private String code;

    @Column(name = "REF_VERSION", nullable = false, length = 32)
    private String refVersion;

    @Column(name = "CONTENT_HASH", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "TITLE", nullable = false, length = 400)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ReferentialStatus status;

    @Lob
    @Column(name = "DESCRIPTOR_JSON", nullable = false)
    private String descriptorJson;

    @Column(name = "BUNDLE_NAME", nullable = false, length = 300)
    private String bundleName;

    @Column(name = "FIRST_SEEN_AT", nullable = false)
    private long firstSeenAt;

    @Column(name = "STATUS_CHANGED_AT", nullable = false)
    private long statusChangedAt;

    @Version
    @Column(name = "OPT_LOCK")
    private int optLock;

    protected ReferentialSnapshotEntity() {
    }

    ReferentialSnapshotEntity(String code, String refVersion, String contentHash, String title, String descriptorJson,
                              String bundleName, ReferentialStatus status, long now) {
        this.code = code;
        this.refVersion = refVersion;
        this.contentHash = contentHash;
        this.title = title;
        this.descriptorJson = descriptorJson;
        this.bundleName = bundleName;
        this.status = status;
        this.firstSeenAt = now;
        this.statusChangedAt = now;
    }

    long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getRefVersion() {
        return refVersion;
    }

    String getContentHash() {
        return contentHash;
    }

    String getDescriptorJson() {
        return descriptorJson;
    }

    String getBundleName() {
        return bundleName;
    }

    ReferentialStatus getStatus() {
        return status;
    }

    long getFirstSeenAt() {
        return firstSeenAt;
    }

    void changeStatus(ReferentialStatus newStatus, long now) {
        if (status != newStatus) {
            status = newStatus;
            statusChangedAt = now;
        }
    }
}
