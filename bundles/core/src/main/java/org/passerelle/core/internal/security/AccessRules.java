package org.passerelle.core.internal.security;

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

    /** Those who manage the establishment's organisation: ADMIN and its DDFPT. */
    public static void requireManagerOf(Caller caller, Long establishmentId) {
        requireRole(caller, Role.ADMIN, Role.DDFPT);
        requireEstablishment(caller, establishmentId, "establishment-not-found", establishmentId);
    }
}
