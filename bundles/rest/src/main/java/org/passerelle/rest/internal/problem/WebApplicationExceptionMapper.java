package org.passerelle.rest.internal.problem;

import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
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
        if (e instanceof NotFoundException) {
            return Problems.response(404, "no-such-resource", null, instance, instance);
        }
        if (e instanceof NotAllowedException) {
            Response response = Problems.response(405, "method-not-allowed", null, instance);
            return Response.fromResponse(response).allow(e.getResponse().getAllowedMethods()).build();
        }
        if (e instanceof NotAcceptableException) {
            return Problems.response(406, "not-acceptable", null, instance);
        }
        if (e instanceof NotSupportedException) {
            return Problems.response(415, "unsupported-media-type", null, instance);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return Problems.response(status, status >= 500 ? "internal" : "bad-request", null, instance);
    }
}
