package org.passerelle.rest.internal.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.passerelle.core.DomainException;
import org.passerelle.core.security.TooManyAttemptsException;

/** The domain's refusals as problem+json, each category with its HTTP status. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(DomainException e) {
        int status = switch (e.category()) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case TOO_MANY_ATTEMPTS -> 429;
            case UNAVAILABLE -> 503;
            case UNSUPPORTED_TYPE -> 415;
        };
        // A stale version always comes with the record as it is now; one lost at commit by an operation that has no
        // page to show (a password reset, say) is told as what it is: another request wrote at the same moment.
        boolean staleWithoutCurrent = "stale-version".equals(e.kind()) && e.current() == null;
        Response.ResponseBuilder response = staleWithoutCurrent
                ? Problems.builder(status, "concurrent-write", null, RequestPaths.of(uriInfo), null)
                : Problems.builder(status, e.kind(), e.field(), RequestPaths.of(uriInfo), e.current(), e.args());
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"passerelle\"");
        }
        if (e instanceof TooManyAttemptsException tooMany) {
            response.header("Retry-After", tooMany.retryAfterSeconds());
        }
        return response.build();
    }
}
