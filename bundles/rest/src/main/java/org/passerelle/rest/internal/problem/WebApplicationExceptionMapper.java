package org.passerelle.rest.internal.problem;

import java.util.List;
import java.util.Map;
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
            // CXF answers a query or path parameter it cannot convert (?version=x) with a 404 caused by the conversion
            // error (JAX-RS 3.2): the address exists, the value is wrong, so 400 naming the parameter.
            case 404 -> e.getCause() != null ? badParameter(instance) : Problems.response(404, "no-such-resource", null, instance, instance);
            case 405 -> Response.fromResponse(Problems.response(405, "method-not-allowed", null, instance))
                    .allow(e.getResponse().getAllowedMethods()).build();
            case 406 -> Problems.response(406, "not-acceptable", null, instance);
            case 415 -> Problems.response(415, "unsupported-media-type", null, instance);
            default -> Problems.response(status, status >= 500 ? "internal" : "bad-request", null, instance, "—");
        };
    }

    /** The first query parameter whose value is no whole number (the API's query parameters are ids and versions). */
    private Response badParameter(String instance) {
        String field = null;
        String value = "";
        for (Map.Entry<String, List<String>> parameter : uriInfo.getQueryParameters().entrySet()) {
            for (String given : parameter.getValue()) {
                if (field == null && !given.matches("-?\\d{1,18}")) {
                    field = parameter.getKey();
                    value = given;
                }
            }
        }
        return Problems.response(400, "invalid-parameter", field, instance, field == null ? "—" : field, value.length() > 40 ? value.substring(0, 40) + "…" : value);
    }
}
