package org.passerelle.core.internal.organisation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;
import org.passerelle.core.security.Role;

/**
 * An account: staff, learner or master. The password is stored only as a salted PBKDF2 hash; failed sign-ins
 * are counted per login, account or not (SignInThrottles).
 */
@Entity
@Table(name = "PERSON")
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    /** Null only for a platform administrator. */
    @ManyToOne
    @JoinColumn(name = "ESTABLISHMENT_ID")
    private EstablishmentEntity establishment;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", nullable = false, length = 16)
    private Role role;

    @Column(name = "LOGIN", nullable = false, unique = true, length = 80)
    private String login;

    @Column(name = "FAMILY_NAME", nullable = false, length = 100)
    private String familyName;

    @Column(name = "FIRST_NAME", nullable = false, length = 100)
    private String firstName;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected PersonEntity() {
    }

    /** The optimistic lock's version: raised by every change. */
    public int version() {
        return version;
    }

    public PersonEntity(EstablishmentEntity establishment, Role role, String login, String familyName, String firstName, String email,
                        String passwordHash) {
        this.establishment = establishment;
        this.role = role;
        this.login = login;
        this.familyName = familyName;
        this.firstName = firstName;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public EstablishmentEntity establishment() {
        return establishment;
    }

    public Long establishmentId() {
        return establishment == null ? null : establishment.id();
    }

    public Role role() {
        return role;
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public String login() {
        return login;
    }

    public String familyName() {
        return familyName;
    }

    public String firstName() {
        return firstName;
    }

    public void rename(String newFamilyName, String newFirstName) {
        this.familyName = newFamilyName;
        this.firstName = newFirstName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** The sign-in throttle is the login's, not the account's: whoever changes the hash clears it (SignInThrottles). */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public boolean active() {
        return active;
    }

    /** Closes the account: no sign-in, and sessions end at their next request (JpaAuthenticationService). */
    public void close() {
        this.active = false;
    }

    public void reopen() {
        this.active = true;
    }
}
