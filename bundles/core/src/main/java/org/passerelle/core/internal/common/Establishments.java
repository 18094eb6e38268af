package org.passerelle.core.internal.common;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.organisation.EstablishmentEntity;
import org.passerelle.core.security.Caller;

/** The establishment an operation is addressed to. */
public final class Establishments {

    private Establishments() {
    }

    /**
     * The platform administrator reaches every establishment, and so could address one that does not exist: that is
     * {@code 404 establishment-not-found}, as for anyone, before anything else is judged (issue 8, item 9; it was a
     * 500 or an empty list). Anyone else only reaches their own, which exists: no query for them.
     */
    public static void requireExisting(JpaTemplate jpa, Caller caller, long establishmentId) {
        if (caller.isPlatformAdmin()
                && !jpa.txExpr(TransactionType.Supports, em -> em.find(EstablishmentEntity.class, establishmentId) != null)) {
            throw DomainException.notFound("establishment-not-found", establishmentId);
        }
    }
}
