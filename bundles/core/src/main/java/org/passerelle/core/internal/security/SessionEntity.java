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

/** A sign-in session; the token itself is never stored, only its SHA-256. */
@Entity
@Table(name = "USER_SESSION")
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "TOKEN_HASH", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PERSON_ID", nullable = false)
    private PersonEntity person;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    @Column(name = "REVOKED_AT", nullable = false)
    private long revokedAt;

    /** For a session opened by a trainer link: what the link grants, and the link, revoked with it. */
    @Column(name = "GRANTED", length = 80)
    private String grant;

    @Column(name = "TRAINER_LINK_ID")
    private Long trainerLinkId;

    protected SessionEntity() {
    }

    public SessionEntity(String tokenHash, PersonEntity person, long createdAt, long expiresAt) {
        this.tokenHash = tokenHash;
        this.person = person;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public SessionEntity(String tokenHash, PersonEntity person, long createdAt, long expiresAt, String grant, long trainerLinkId) {
        this(tokenHash, person, createdAt, expiresAt);
        this.grant = grant;
        this.trainerLinkId = trainerLinkId;
    }

    public String grant() {
        return grant;
    }

    public PersonEntity person() {
        return person;
    }

    public long expiresAt() {
        return expiresAt;
    }

    public boolean liveAt(long now) {
        return revokedAt == 0 && now < expiresAt;
    }

    public void revoke(long now) {
        if (revokedAt == 0) {
            revokedAt = now;
        }
    }
}
