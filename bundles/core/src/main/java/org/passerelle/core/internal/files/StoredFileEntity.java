package org.passerelle.core.internal.files;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;

/**
 * A file attached to a learner's record (table STORED_FILE, migration 011-follow-up.xml), bytes included, in the
 * database so that every platform node sees it. Written once, never changed nor deleted. The follow-up pages' FILES
 * fields hold these ids and check them by a plain query on ID and LEARNER_ID.
 */
@Entity
@Table(name = "STORED_FILE")
public class StoredFileEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "LEARNER_ID", nullable = false)
    private LearnerEntity learner;

    /** The name to download it under, cleaned ({@link FileNames}). */
    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    /** Judged from the bytes ({@link FileTypes}). */
    @Column(name = "MEDIA_TYPE", nullable = false, length = 127)
    private String mediaType;

    @Column(name = "BYTE_SIZE", nullable = false)
    private long size;

    /** Hex SHA-256 of the bytes. */
    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    /** Loaded only when the bytes are asked for (lists read the other columns). */
    @Lob
    @Basic(fetch = FetchType.LAZY, optional = false)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    /** Epoch milliseconds. */
    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "UPLOADED_BY")
    private PersonEntity uploadedBy;

    protected StoredFileEntity() {
    }

    public StoredFileEntity(LearnerEntity learner, String name, String mediaType, byte[] content, String sha256, long createdAt,
                            PersonEntity uploadedBy) {
        this.learner = learner;
        this.name = name;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.size = content.length;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.uploadedBy = uploadedBy;
    }

    public long id() {
        return id;
    }

    public LearnerEntity learner() {
        return learner;
    }

    public String name() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public long createdAt() {
        return createdAt;
    }

    public PersonEntity uploadedBy() {
        return uploadedBy;
    }
}
