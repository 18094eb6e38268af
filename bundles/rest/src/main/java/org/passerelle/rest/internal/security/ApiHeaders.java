package org.passerelle.rest.internal.security;

import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.Provider;
import org.passerelle.rest.internal.problem.Problems;
import org.passerelle.rest.internal.problem.RequestPaths;

/**
 * The headers of an API holding minors' data, on every answer, errors included (issue 9, item 4):
 * <ul>
 * <li>{@code Cache-Control: no-store}: nothing personal is kept by a browser, a proxy or a shared computer. Only
 * the public operations ({@link Public}: referentials, health, OpenAPI) may say otherwise;</li>
 * <li>{@code X-Content-Type-Options: nosniff}, so that a stored file is never read as another type;</li>
 * <li>{@code Referrer-Policy: no-referrer}; and for JSON, {@code Content-Security-Policy: default-src 'none';
 * frame-ancestors 'none'}, so that an answer opened as a page runs nothing and is framed nowhere.</li>
 * </ul>
 * An error that JAX-RS or CXF answered without a body (a refused {@code ?_wadl}) gets its problem+json here, and
 * what a refused request had not sent yet of its body is not waited for ({@link UnreadBodies}).
 */
@Provider
public class ApiHeaders implements ContainerResponseFilter {

    private static final Set<String> JSON = Set.of("application/json", Problems.MEDIA_TYPE);

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400) {
            UnreadBodies.discard();
        }
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            String instance = RequestPaths.of(request.getUriInfo());
            int status = response.getStatus();
            String kind = status == 404 ? "no-such-resource" : status >= 500 ? "internal" : "bad-request";
            response.setEntity(Problems.response(status, kind, null, instance, status == 404 ? instance : "—").getEntity(),
                    null, Problems.PROBLEM_JSON);
        }
        var headers = response.getHeaders();
        // A private operation's answer is never stored: its own Cache-Control stands only if it says no-store too
        // (the editable documents: « private, no-store »).
        Object own = headers.getFirst(HttpHeaders.CACHE_CONTROL);
        boolean ownNoStore = own != null && own.toString().contains("no-store");
        if ((!isPublic() && !ownNoStore) || !headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, isPublic() && response.getStatus() < 400 ? "no-cache" : "no-store");
        }
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "no-referrer");
        MediaType type = response.getMediaType();
        if (type == null || JSON.contains(type.getType() + "/" + type.getSubtype())) {
            headers.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
    }

    /** Unmatched requests are not public here: their answers are never cached. */
    private boolean isPublic() {
        return Public.Marks.of(resource).orElse(false);
    }
}
