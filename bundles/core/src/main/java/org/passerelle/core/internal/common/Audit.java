package org.passerelle.core.internal.common;

import javax.persistence.EntityManager;
import org.passerelle.core.internal.audit.AuditEntryEntity;

/** Writes audit entries inside the caller's transaction, so an action and its trace commit or roll back together. */
public final class Audit {

    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_BLOCKED = "SIGN_IN_BLOCKED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String ROLE_CHANGED = "ROLE_CHANGED";
    public static final String PERSON_CREATED = "PERSON_CREATED";
    public static final String ESTABLISHMENT_CREATED = "ESTABLISHMENT_CREATED";
    public static final String IMPORT_APPLIED = "IMPORT_APPLIED";
    public static final String TRAINER_LINK_ISSUED = "TRAINER_LINK_ISSUED";
    public static final String TRAINER_LINK_REVOKED = "TRAINER_LINK_REVOKED";

    private Audit() {
    }

    public static void record(EntityManager em, Long establishmentId, String actor, String action, String target, String detail) {
        em.persist(new AuditEntryEntity(System.currentTimeMillis(), establishmentId, actor, action, target,
                detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000)));
    }
}
