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
        };
        Response.ResponseBuilder response = Problems.builder(status, e.kind(), e.field(), RequestPaths.of(uriInfo), e.current(), e.args());
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"passerelle\"");
        }
        if (e instanceof TooManyAttemptsException tooMany) {
            response.header("Retry-After", tooMany.retryAfterSeconds());
        }
        return response.build();
    }
}
