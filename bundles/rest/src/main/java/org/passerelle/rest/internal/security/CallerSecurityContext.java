package org.passerelle.rest.internal.security;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.security.Caller;

/** The signed-in caller as JAX-RS sees it. */
public final class CallerSecurityContext implements SecurityContext {

    private final Caller caller;
    private final boolean secure;

    CallerSecurityContext(Caller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller::login;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.role().name().equals(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
