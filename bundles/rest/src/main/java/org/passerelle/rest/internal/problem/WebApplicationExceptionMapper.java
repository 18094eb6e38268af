package org.passerelle.rest.internal.problem;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** JAX-RS's own refusals (no such resource, wrong method, …) as problem+json instead of an HTML page. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        String instance = RequestPaths.of(uriInfo);
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        // By status, not by exception class: CXF also throws plain WebApplicationExceptions carrying these.
        return switch (status) {
            case 404 -> Problems.response(404, "no-such-resource", null, instance, instance);
            case 405 -> Response.fromResponse(Problems.response(405, "method-not-allowed", null, instance))
                    .allow(e.getResponse().getAllowedMethods()).build();
            case 406 -> Problems.response(406, "not-acceptable", null, instance);
            case 415 -> Problems.response(415, "unsupported-media-type", null, instance);
            default -> Problems.response(status, status >= 500 ? "internal" : "bad-request", null, instance, "—");
        };
    }
}
