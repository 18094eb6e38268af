package org.passerelle.core.internal.organisation;

import org.passerelle.core.internal.common.Validation;
import java.util.List;
import javax.persistence.EntityManager;
import org.passerelle.core.DomainException;

/**
 * What the organisation's services share: the establishment addressed, a class by its code, and logins.
 */
final class OrganisationRecords {

    private OrganisationRecords() {
    }

    static EstablishmentEntity establishmentEntity(EntityManager em, long id) {
        EstablishmentEntity entity = em.find(EstablishmentEntity.class, id);
        if (entity == null) {
            throw DomainException.notFound("establishment-not-found", id);
        }
        return entity;
    }

    /** The class of that code, case ignored (imports match codes so: 2pmia and 2PMIA are one class). */
    static SchoolClassEntity classByCode(EntityManager em, long establishmentId, String code) {
        List<SchoolClassEntity> found = em.createQuery("SELECT c FROM SchoolClassEntity c WHERE c.establishment.id = :e AND c.codeKey = :c",
                SchoolClassEntity.class).setParameter("e", establishmentId).setParameter("c", SchoolClassEntity.keyOf(code)).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The requested login if free (else a conflict), or firstname.familyname with a number when taken. */
    static String login(EntityManager em, String requested, String firstName, String familyName) {
        if (requested != null) {
            if (!em.createQuery("SELECT p.id FROM PersonEntity p WHERE p.login = :l").setParameter("l", requested).getResultList().isEmpty()) {
                throw DomainException.conflict("login-taken", "login", requested);
            }
            return requested;
        }
        String base = Validation.loginFor(firstName, familyName);
        String candidate = base;
        for (int n = 2; !em.createQuery("SELECT p.id FROM PersonEntity p WHERE p.login = :l").setParameter("l", candidate).getResultList().isEmpty(); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    /**
     * As {@link #login} without a requested login, against logins already loaded (an import creating thousands of
     * accounts asks the database once): the free one is added to {@code taken}.
     */
    static String freeLogin(java.util.Set<String> taken, String firstName, String familyName) {
        String base = Validation.loginFor(firstName, familyName);
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + n;
        }
        taken.add(candidate);
        return candidate;
    }

    /**
     * A login we generated (firstname.familyname, numbered) that a concurrent creation took between our check and our
     * commit: the whole creation is tried again, and finds the next free number. A login the caller chose stays a
     * {@code 409 login-taken}.
     */
    /** Enough for dozens of people of the same name created at the same moment: each round, one of them wins a number. */
    static final int GENERATED_LOGIN_ATTEMPTS = 60;

    static <R> R withGeneratedLogins(boolean generated, java.util.function.Supplier<R> creation) {
        for (int attempt = 1; ; attempt++) {
            try {
                return creation.get();
            } catch (DomainException e) {
                if (!generated || !"login-taken".equals(e.kind()) || attempt == GENERATED_LOGIN_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
