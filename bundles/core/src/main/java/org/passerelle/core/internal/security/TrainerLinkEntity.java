package org.passerelle.core.internal.security;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import org.passerelle.core.internal.organisation.PersonEntity;

/** A trainer's access link; only the SHA-256 of its token is kept. */
@Entity
@Table(name = "TRAINER_LINK")
public class TrainerLinkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "TRAINER_ID", nullable = false)
    private PersonEntity trainer;

    @Column(name = "TOKEN_HASH", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "GRANTED", nullable = false, length = 80)
    private String grant;

    @Column(name = "ISSUED_AT", nullable = false)
    private long issuedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    @Column(name = "REVOKED_AT", nullable = false)
    private long revokedAt;

    @Column(name = "ISSUED_BY", nullable = false, length = 80)
    private String issuedBy;

    /**
     * SMTP or OUTBOX: how the e-mail of a link issued before the mail queue (changeset 004) left, inside the issuing
     * transaction. Null for later links, whose MAIL_OUTBOX row tells how their e-mail stands.
     */
    @Column(name = "DELIVERY", length = 10)
    private String delivery;

    protected TrainerLinkEntity() {
    }

    public TrainerLinkEntity(PersonEntity trainer, String tokenHash, String grant, long issuedAt, long expiresAt, String issuedBy) {
        this.trainer = trainer;
        this.tokenHash = tokenHash;
        this.grant = grant;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.issuedBy = issuedBy;
    }

    public long id() {
        return id;
    }

    public PersonEntity trainer() {
        return trainer;
    }

    public String grant() {
        return grant;
    }

    public long issuedAt() {
        return issuedAt;
    }

    public long expiresAt() {
        return expiresAt;
    }

    public long revokedAt() {
        return revokedAt;
    }

    public String delivery() {
        return delivery;
    }

    public boolean liveAt(long now) {
        return revokedAt == 0 && now < expiresAt;
    }

    /** A later end (the period it opens got longer); never earlier. */
    public void extendTo(long later) {
        if (later > expiresAt) {
            expiresAt = later;
        }
    }

    public void revoke(long now) {
        if (revokedAt == 0) {
            revokedAt = now;
        }
    }
}
