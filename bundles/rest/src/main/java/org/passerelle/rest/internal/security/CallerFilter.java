package org.passerelle.rest.internal.security;

import java.util.Optional;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.ext.Provider;
import org.passerelle.core.security.AuthenticationService;
import org.passerelle.core.security.Caller;
import org.passerelle.rest.internal.problem.Problems;

/**
 * Establishes who calls: a bearer token (API clients) or the session cookie (the web front). No token, or a dead
 * one, leaves the request anonymous; the core's access rules then answer 401 where a caller is needed.
 * A cookie-authenticated write must carry the header X-Passerelle-Csrf, which another site cannot send.
 */
@Provider
public class CallerFilter implements ContainerRequestFilter {

    public static final String CSRF_HEADER = "X-Passerelle-Csrf";
    private final AuthenticationService authentication;

    public CallerFilter(AuthenticationService authentication) {
        this.authentication = authentication;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean fromCookie = false;
        String token = null;
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = authorization.substring(7).trim();
        } else {
            token = SessionCookies.tokenFrom(request.getCookies());
            fromCookie = token != null;
        }
        if (token == null) {
            return;
        }
        Optional<Caller> caller = authentication.authenticate(token);
        if (caller.isEmpty()) {
            return;
        }
        if (fromCookie && !isSafe(request.getMethod()) && request.getHeaderString(CSRF_HEADER) == null) {
            request.abortWith(Problems.response(403, "csrf-header-missing", CSRF_HEADER, request.getUriInfo().getRequestUri().getRawPath(), CSRF_HEADER));
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(caller.get(), request.getSecurityContext().isSecure()));
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
