package org.passerelle.rest.internal.resource;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;
import org.passerelle.rest.internal.problem.ProblemException;
import org.passerelle.rest.internal.security.Public;

/**
 * Every path under /api that is not the API (/api/v1): answered 404 no-such-resource as problem+json, where CXF
 * would write its own HTML page ("No service was found"), e.g. for {@code /api/v1/people/..%2F..%2Fetc} once
 * normalised (issue 9, item 1). Registered as a JAX-RS server of its own at /api; CXF routes each request to the
 * server with the longest matching address, so /api/v1 keeps its requests.
 */
@Public
@Path("/")
public class OutsideTheApi {

    @GET
    @Path("{any: .*}")
    public Response get(@PathParam("any") String any) {
        throw ProblemException.notFound("no-such-resource", null, "/api/" + any);
    }

    @HEAD
    @Path("{any: .*}")
    public Response head(@PathParam("any") String any) {
        return get(any);
    }

    @POST
    @Path("{any: .*}")
    public Response post(@PathParam("any") String any) {
        return get(any);
    }

    @PUT
    @Path("{any: .*}")
    public Response put(@PathParam("any") String any) {
        return get(any);
    }

    @DELETE
    @Path("{any: .*}")
    public Response delete(@PathParam("any") String any) {
        return get(any);
    }

    @OPTIONS
    @Path("{any: .*}")
    public Response options(@PathParam("any") String any) {
        return get(any);
    }
}
