package org.passerelle.core.internal.common;

import java.util.Arrays;
import org.passerelle.core.DomainException;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * The access rules, in one place: every service method starts with these checks. A record of another
 * establishment is answered as not found, never as forbidden, so that its existence does not leak.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /** The caller must be signed in. */
    public static Caller signedIn(Caller caller) {
        if (caller == null) {
            throw DomainException.unauthenticated("not-signed-in", null);
        }
        return caller;
    }

    /** The caller must have one of these roles. */
    public static void requireRole(Caller caller, Role... roles) {
        signedIn(caller);
        if (Arrays.stream(roles).noneMatch(r -> r == caller.role())) {
            throw DomainException.forbidden("role-not-allowed", caller.role());
        }
    }

    /** True when the caller may see records of this establishment at all. */
    public static boolean sees(Caller caller, Long establishmentId) {
        return caller.isPlatformAdmin() || (establishmentId != null && establishmentId.equals(caller.establishmentId()));
    }

    /**
     * The establishment must be the caller's (a platform administrator sees all); otherwise it is "not found".
     */
    public static void requireEstablishment(Caller caller, Long establishmentId, String notFoundKind, Object id) {
        if (!sees(signedIn(caller), establishmentId)) {
            throw DomainException.notFound(notFoundKind, id);
        }
    }

    /** Staff of the establishment (ADMIN, DDFPT, TEACHER) and nobody else. */
    public static void requireStaffOf(Caller caller, Long establishmentId) {
        requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        requireEstablishment(caller, establishmentId, "establishment-not-found", establishmentId);
    }

    /**
     * Who reads a learner's records: the staff of the learner's establishment, the learner themself, their master,
     * and, when {@code trainerGrantCounts}, a company trainer whose link grants {@code learner:<id>}. The
     * organisation's learner record counts such a grant; the period folders do not, since a tutor's link to a
     * placement opens that placement only (they are judged placement by placement).
     */
    public static boolean readsLearner(Caller caller, long learnerId, long establishmentId, long learnerPersonId, Long masterPersonId,
                                       boolean trainerGrantCounts) {
        if (!sees(signedIn(caller), establishmentId)) {
            return false;
        }
        return switch (caller.role()) {
            case ADMIN, DDFPT, TEACHER -> true;
            case LEARNER -> learnerPersonId == caller.personId();
            case MASTER -> masterPersonId != null && masterPersonId == caller.personId();
            case TUTOR -> trainerGrantCounts && caller.granted("learner:" + learnerId);
        };
    }

    /** Those who manage the establishment's organisation: ADMIN and its DDFPT. */
    public static void requireManagerOf(Caller caller, Long establishmentId) {
        requireRole(caller, Role.ADMIN, Role.DDFPT);
        requireEstablishment(caller, establishmentId, "establishment-not-found", establishmentId);
    }
}
