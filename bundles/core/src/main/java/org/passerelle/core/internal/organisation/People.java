package org.passerelle.core.internal.organisation;

import static org.passerelle.core.internal.organisation.OrganisationRecords.*;

import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.common.Audit;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.security.Sessions;
import org.passerelle.core.internal.security.PasswordHasher;
import org.passerelle.core.internal.security.Secrets;
import org.passerelle.core.organisation.Created;
import org.passerelle.core.organisation.Person;
import org.passerelle.core.organisation.PersonForm;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * Staff, masters and company trainers as people: listed, created with a login and an initial password, their
 * password reset and role changed by an administrator.
 */
final class People {

    private final JpaTemplate jpa;
    private final PasswordHasher hasher;

    People(JpaTemplate jpa, PasswordHasher hasher) {
        this.jpa = jpa;
        this.hasher = hasher;
    }

    public List<Person> people(Caller caller, long establishmentId, Role role) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT p FROM PersonEntity p WHERE p.establishment.id = :e AND p.role <> :learner ORDER BY p.familyName, p.firstName", PersonEntity.class)
                .setParameter("e", establishmentId).setParameter("learner", Role.LEARNER).getResultList().stream()
                .filter(p -> role == null || p.role() == role).map(Views::person).toList());
    }

    public Person person(Caller caller, long personId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PersonEntity person = em.find(PersonEntity.class, personId);
            boolean self = person != null && person.id() == caller.personId();
            if (person == null || !(self || (caller.role().isStaff() && AccessRules.sees(caller, person.establishmentId())))) {
                throw DomainException.notFound("person-not-found", personId);
            }
            return Views.person(person);
        });
    }

    public Created<Person> createPerson(Caller caller, long establishmentId, PersonForm form) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        Role role = Validation.present(form.role(), "role");
        if (role == Role.LEARNER || role == Role.TUTOR) {
            throw DomainException.invalid("role-not-creatable-here", "role", role);
        }
        // DOMAIN.md: master accounts are created by ADMIN only; so are other administrators and DDFPTs.
        if (role != Role.TEACHER && caller.role() != Role.ADMIN) {
            throw DomainException.forbidden("role-not-allowed", caller.role());
        }
        String familyName = Validation.required(form.familyName(), "familyName", 100);
        String firstName = Validation.required(form.firstName(), "firstName", 100);
        String email = Validation.email(form.email(), "email", true);
        String requestedLogin = Validation.optional(form.login(), "login", 80);
        if (requestedLogin != null) {
            Validation.matching(requestedLogin, Validation.LOGIN, "login", "invalid-login");
        }
        String password = Secrets.newPassword();
        String hash = hasher.hash(password);
        return withGeneratedLogins(requestedLogin == null, () -> jpa.txExpr(TransactionType.Required, em -> {
            EstablishmentEntity establishment = establishmentEntity(em, establishmentId);
            String login = login(em, requestedLogin, firstName, familyName);
            PersonEntity created = new PersonEntity(establishment, role, login, familyName, firstName, email, hash);
            em.persist(created);
            em.flush();
            Audit.record(em, establishmentId, caller.login(), Audit.PERSON_CREATED, "person " + created.id(), role + " " + login,
                    Audit.text(Audit.PERSON_CREATED, Audit.text("role." + role), Audit.name(created), login));
            return new Created<>(Views.person(created), password);
        }));
    }

    public String resetPassword(Caller caller, long personId) {
        AccessRules.requireRole(caller, Role.ADMIN);
        String password = Secrets.newPassword();
        String hash = hasher.hash(password);
        jpa.tx(TransactionType.Required, em -> {
            PersonEntity person = visiblePerson(em, caller, personId);
            person.changePasswordHash(hash);
            org.passerelle.core.internal.security.SignInThrottles.clear(em, person.login());
            Sessions.endForPerson(em, personId, System.currentTimeMillis());
            Audit.record(em, person.establishmentId(), caller.login(), Audit.PASSWORD_RESET, "person " + personId, person.login(),
                    Audit.text(Audit.PASSWORD_RESET, Audit.name(person)));
        });
        return password;
    }

    public Person changeRole(Caller caller, long personId, Role role, Integer version) {
        AccessRules.requireRole(caller, Role.ADMIN);
        Validation.present(role, "role");
        int from = Validation.version(version, "version");
        if (!role.isStaff()) {
            throw DomainException.invalid("role-not-creatable-here", "role", role);
        }
        if (personId == caller.personId()) {
            throw DomainException.forbidden("own-role");
        }
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity person = visiblePerson(em, caller, personId);
            if (!person.role().isStaff()) {
                throw DomainException.invalid("not-a-staff-member", "role", person.role());
            }
            if (person.version() != from) {
                throw DomainException.staleVersion(Views.person(person));
            }
            // A change to the role it already has is checked at commit too: never 200 for a version that just lost.
            em.lock(person, javax.persistence.LockModeType.OPTIMISTIC);
            Role before = person.role();
            person.changeRole(role);
            Sessions.endForPerson(em, personId, System.currentTimeMillis());
            Audit.record(em, person.establishmentId(), caller.login(), Audit.ROLE_CHANGED, "person " + personId, before + " → " + role,
                    Audit.text(Audit.ROLE_CHANGED, Audit.name(person), Audit.text("role." + before), Audit.text("role." + role)));
            em.flush();
            return Views.person(person);
        }), () -> jpa.txExpr(TransactionType.Supports, em -> Views.person(em.find(PersonEntity.class, personId))));
    }

    private static PersonEntity visiblePerson(EntityManager em, Caller caller, long personId) {
        PersonEntity person = em.find(PersonEntity.class, personId);
        if (person == null || !AccessRules.sees(caller, person.establishmentId())) {
            throw DomainException.notFound("person-not-found", personId);
        }
        return person;
    }
}
