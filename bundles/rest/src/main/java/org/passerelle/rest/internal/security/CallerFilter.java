package org.passerelle.rest.internal.security;

import java.util.Optional;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.ext.Provider;
import org.passerelle.core.security.AuthenticationService;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.RecordOwners;
import org.passerelle.rest.internal.problem.Problems;
import org.passerelle.rest.internal.problem.RequestPaths;

/**
 * Establishes who calls: a bearer token (API clients) or the session cookie (the web front). No token, or a dead
 * one, leaves the request anonymous, and an anonymous request to an operation that is not {@link Public} is answered
 * {@code 401 not-signed-in} here, before its body is read or judged (issue 9: 401, then 403, then 404, then 400).
 * A signed-in caller whose role the operation does not {@link Allowed allow} is answered {@code 403 role-not-allowed}
 * here too, before the record is looked up or the body read. A cookie-authenticated write must carry the header
 * X-Passerelle-Csrf, which another site cannot send.
 */
@Provider
public class CallerFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    public static final String CSRF_HEADER = "X-Passerelle-Csrf";
    private final AuthenticationService authentication;

    private final RequestLimits limits;
    private final RecordOwners owners;

    public CallerFilter(AuthenticationService authentication, RequestLimits limits, RecordOwners owners) {
        this.authentication = authentication;
        this.limits = limits;
        this.owners = owners;
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
        Optional<Caller> caller = token == null ? Optional.empty() : authentication.authenticate(token);
        if (caller.isEmpty()) {
            if (!isPublic()) {
                request.abortWith(Problems.builder(401, "not-signed-in", null, RequestPaths.of(request.getUriInfo()), null)
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"passerelle\"").build());
                return;
            }
        } else if (fromCookie && !isSafe(request.getMethod()) && request.getHeaderString(CSRF_HEADER) == null) {
            request.abortWith(Problems.response(403, "csrf-header-missing", CSRF_HEADER, request.getUriInfo().getRequestUri().getRawPath(), CSRF_HEADER));
            return;
        } else {
            Allowed allowed = resource == null || resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Allowed.class);
            if (allowed != null && java.util.Arrays.stream(allowed.value()).noneMatch(r -> r == caller.get().role())) {
                request.abortWith(Problems.response(403, "role-not-allowed", null, RequestPaths.of(request.getUriInfo()), caller.get().role()));
                return;
            }
            String establishment = otherEstablishment(request, caller.get());
            if (establishment != null) {
                request.abortWith(Problems.response(404, "establishment-not-found", null, RequestPaths.of(request.getUriInfo()), establishment));
                return;
            }
            Owned owned = resource == null || resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Owned.class);
            String id = owned == null ? null : request.getUriInfo().getPathParameters().getFirst("id");
            if (id != null && !addressable(caller.get(), owned.value(), id)) {
                request.abortWith(Problems.response(404, owned.value().notFound(), null, RequestPaths.of(request.getUriInfo()), id));
                return;
            }
            request.setSecurityContext(new CallerSecurityContext(caller.get(), request.getSecurityContext().isSecure()));
        }
        limits.apply(request, resource == null ? null : resource.getResourceMethod());
    }

    private boolean addressable(Caller caller, RecordOwners.Kind kind, String id) {
        try {
            return owners.addressable(caller, kind, Long.parseLong(id));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The establishment id of an {@link EstablishmentScoped} path that is not the caller's, or null. */
    private String otherEstablishment(ContainerRequestContext request, Caller caller) {
        if (caller.isPlatformAdmin() || resource == null || resource.getResourceClass() == null
                || !resource.getResourceClass().isAnnotationPresent(EstablishmentScoped.class)) {
            return null;
        }
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (id == null) {
            return null;
        }
        return id.equals(String.valueOf(caller.establishmentId())) ? null : id;
    }

    private boolean isPublic() {
        // Nothing matched: let it through, the 404 or 405 that follows tells nothing.
        return Public.Marks.of(resource).orElse(true);
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
