package org.passerelle.core.internal.common;

import javax.persistence.EntityManager;
import org.passerelle.core.internal.audit.AuditEntryEntity;

/** Writes audit entries inside the caller's transaction, so an action and its trace commit or roll back together. */
public final class Audit {

    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_BLOCKED = "SIGN_IN_BLOCKED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    /** A wrong current password given to change one's password (counted by the sign-in throttle). */
    public static final String PASSWORD_CHANGE_FAILED = "PASSWORD_CHANGE_FAILED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String ROLE_CHANGED = "ROLE_CHANGED";
    public static final String PERSON_CREATED = "PERSON_CREATED";
    public static final String ESTABLISHMENT_CREATED = "ESTABLISHMENT_CREATED";
    public static final String IMPORT_APPLIED = "IMPORT_APPLIED";
    public static final String LEARNER_LEFT = "LEARNER_LEFT";
    public static final String TRAINER_LINK_ISSUED = "TRAINER_LINK_ISSUED";
    public static final String TRAINER_LINK_REVOKED = "TRAINER_LINK_REVOKED";

    private Audit() {
    }

    public static void record(EntityManager em, Long establishmentId, String actor, String action, String target, String detail) {
        em.persist(new AuditEntryEntity(System.currentTimeMillis(), establishmentId, cut(actor, 80), action, cut(target, 200), cut(detail, 1000)));
    }

    /** What a column of that length holds: the journal never refuses an entry for its length. */
    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
