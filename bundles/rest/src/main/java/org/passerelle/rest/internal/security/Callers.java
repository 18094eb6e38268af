package org.passerelle.rest.internal.security;

import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.security.Caller;

/** The caller of the current request, or null: the core's access rules answer 401 for null. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(SecurityContext context) {
        return context instanceof CallerSecurityContext signedIn ? signedIn.caller() : null;
    }
}
