package org.passerelle.core.internal.organisation;

import org.passerelle.core.internal.common.Audit;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.common.AccessRules;
import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.internal.security.PasswordHasher;
import org.passerelle.core.internal.security.Secrets;
import org.passerelle.core.organisation.Created;
import org.passerelle.core.organisation.Learner;
import org.passerelle.core.organisation.LearnerAssignment;
import org.passerelle.core.organisation.LearnerForm;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import static org.passerelle.core.internal.organisation.OrganisationRecords.*;

/**
 * Learners: listed, read by whoever may, created one by one, assigned to a class, a referent teacher and a master.
 */
final class Learners {

    private final JpaTemplate jpa;
    private final PasswordHasher hasher;

    Learners(JpaTemplate jpa, PasswordHasher hasher) {
        this.jpa = jpa;
        this.hasher = hasher;
    }

    public List<Learner> learners(Caller caller, long establishmentId, Long classId) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER);
        AccessRules.requireEstablishment(caller, establishmentId, "establishment-not-found", establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT l FROM LearnerEntity l WHERE l.establishment.id = :e ORDER BY l.person.familyName, l.person.firstName", LearnerEntity.class)
                .setParameter("e", establishmentId).getResultList().stream()
                .filter(l -> classId == null || (l.schoolClass() != null && l.schoolClass().id() == classId))
                // A master sees only their own apprentices.
                .filter(l -> caller.role() != Role.MASTER || (l.master() != null && l.master().id() == caller.personId()))
                .map(Views::learner).toList());
    }

    public Learner learner(Caller caller, long learnerId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            LearnerEntity learner = em.find(LearnerEntity.class, learnerId);
            if (learner == null || !mayRead(caller, learner)) {
                throw DomainException.notFound("learner-not-found", learnerId);
            }
            return Views.learner(learner);
        });
    }

    public java.util.Optional<Learner> ownLearner(Caller caller) {
        AccessRules.signedIn(caller);
        if (caller.role() != Role.LEARNER) {
            return java.util.Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT l FROM LearnerEntity l WHERE l.person.id = :p", LearnerEntity.class)
                .setParameter("p", caller.personId()).getResultList().stream().findFirst().map(Views::learner));
    }

    private static boolean mayRead(Caller caller, LearnerEntity learner) {
        return AccessRules.readsLearner(caller, learner.id(), learner.establishment().id(), learner.person().id(),
                learner.master() == null ? null : learner.master().id(), true);
    }

    public Created<Learner> createLearner(Caller caller, long establishmentId, LearnerForm form) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        String familyName = Validation.required(form.familyName(), "familyName", 100);
        String firstName = Validation.required(form.firstName(), "firstName", 100);
        String ine = Validation.matching(Validation.required(form.ine(), "ine", 11).toUpperCase(java.util.Locale.ROOT), Validation.INE, "ine", "invalid-ine");
        LocalDate birthDate = Validation.birthDate(form.birthDate(), "birthDate");
        var status = Validation.present(form.status(), "status");
        Long classId = Validation.present(form.classId(), "classId");
        String password = Secrets.newPassword();
        String hash = hasher.hash(password);
        return withGeneratedLogins(true, () -> jpa.txExpr(TransactionType.Required, em -> {
            EstablishmentEntity establishment = establishmentEntity(em, establishmentId);
            SchoolClassEntity schoolClass = em.find(SchoolClassEntity.class, classId);
            if (schoolClass == null || schoolClass.establishment().id() != establishmentId) {
                throw DomainException.invalid("unknown-class", "classId", classId);
            }
            PersonEntity teacher = member(em, form.referentTeacherId(), establishmentId, "referentTeacherId", Role.TEACHER, Role.DDFPT);
            PersonEntity master = member(em, form.masterId(), establishmentId, "masterId", Role.MASTER);
            if (!em.createQuery("SELECT l.id FROM LearnerEntity l WHERE l.ine = :i").setParameter("i", ine).getResultList().isEmpty()) {
                throw DomainException.conflict("ine-taken", "ine", ine);
            }
            PersonEntity person = new PersonEntity(establishment, Role.LEARNER, login(em, null, firstName, familyName), familyName, firstName, null, hash);
            em.persist(person);
            LearnerEntity learner = new LearnerEntity(person, establishment, ine, birthDate.toString(), status, schoolClass);
            learner.assign(teacher, master);
            em.persist(learner);
            em.flush();
            Audit.record(em, establishmentId, caller.login(), Audit.PERSON_CREATED, "learner " + learner.id(), "LEARNER " + person.login(),
                    Audit.text("LEARNER_CREATED", Audit.name(person), person.login()));
            return new Created<>(Views.learner(learner), password);
        }));
    }

    public Learner assignLearner(Caller caller, long learnerId, LearnerAssignment assignment) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            LearnerEntity learner = em.find(LearnerEntity.class, learnerId);
            if (learner == null || !AccessRules.sees(caller, learner.establishment().id())) {
                throw DomainException.notFound("learner-not-found", learnerId);
            }
            Integer version = Validation.version(assignment.version(), "version");
            if (learner.version() != version) {
                throw DomainException.staleVersion(Views.learner(learner));
            }
            em.lock(learner, javax.persistence.LockModeType.OPTIMISTIC); // a save that changes nothing is checked at commit too
            long establishmentId = learner.establishment().id();
            Long classId = Validation.present(assignment.classId(), "classId");
            SchoolClassEntity schoolClass = em.find(SchoolClassEntity.class, classId);
            if (schoolClass == null || schoolClass.establishment().id() != establishmentId) {
                throw DomainException.invalid("unknown-class", "classId", classId);
            }
            learner.moveTo(schoolClass);
            learner.changeStatus(Validation.present(assignment.status(), "status"));
            learner.assign(member(em, assignment.referentTeacherId(), establishmentId, "referentTeacherId", Role.TEACHER, Role.DDFPT),
                    member(em, assignment.masterId(), establishmentId, "masterId", Role.MASTER));
            em.flush();
            return Views.learner(learner);
        }), () -> jpa.txExpr(TransactionType.Supports, em -> Views.learner(em.find(LearnerEntity.class, learnerId))));
    }

    private static PersonEntity member(EntityManager em, Long personId, long establishmentId, String field, Role... roles) {
        if (personId == null) {
            return null;
        }
        PersonEntity person = em.find(PersonEntity.class, personId);
        if (person == null || person.establishmentId() == null || person.establishmentId() != establishmentId
                || java.util.Arrays.stream(roles).noneMatch(r -> r == person.role())) {
            throw DomainException.invalid("unknown-person", field, personId);
        }
        return person;
    }
}
