package org.passerelle.core.internal.security;

import javax.persistence.EntityManager;

/**
 * Ending sessions, in the caller's transaction: all of a person's (password changed or reset, role changed,
 * account disabled), or those opened with one trainer link (the link revoked or reissued).
 */
public final class Sessions {

    private Sessions() {
    }

    public static void endForPerson(EntityManager em, long personId, long now) {
        em.createQuery("SELECT s FROM SessionEntity s WHERE s.person.id = :p", SessionEntity.class).setParameter("p", personId)
                .getResultList().forEach(s -> s.revoke(now));
    }

    static void endForLink(EntityManager em, long linkId, long now) {
        em.createQuery("SELECT s FROM SessionEntity s WHERE s.trainerLinkId = :l", SessionEntity.class).setParameter("l", linkId)
                .getResultList().forEach(s -> s.revoke(now));
    }
}
