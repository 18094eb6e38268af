package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.passerelle.core.security.TrainerLink;
import org.passerelle.core.security.TrainerLinks;
import org.passerelle.rest.internal.dto.Requests;
import org.passerelle.rest.internal.security.Callers;

/** Company trainers' access links (trainers are created under their establishment). */
@Path("/")
@Tag(name = "trainers")
@Produces(MediaType.APPLICATION_JSON)
public class TrainerResource {

    private final TrainerLinks trainerLinks;

    public TrainerResource(TrainerLinks trainerLinks) {
        this.trainerLinks = trainerLinks;
    }

    @POST
    @Path("trainers/{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the trainer a new access link (valid 180 days); earlier links for the same grant stop working")
    public Response issue(@PathParam("id") long trainerId, Requests.GrantBody body, @Context SecurityContext security, @Context UriInfo uri) {
        Requests.GrantBody form = Bodies.required(body, security);
        TrainerLink link = trainerLinks.issue(Callers.of(security), trainerId, form.grant(), accessUrlPrefix(uri.getBaseUri()));
        return Response.status(201).entity(link).build();
    }

    @GET
    @Path("trainers/{id}/links")
    public List<TrainerLink> links(@PathParam("id") long trainerId, @Context SecurityContext security) {
        return trainerLinks.links(Callers.of(security), trainerId);
    }

    @DELETE
    @Path("trainer-links/{id}")
    @Operation(summary = "Invalidate a link (lost or stolen): it and its sessions stop working at once")
    public TrainerLink revoke(@PathParam("id") long linkId, @Context SecurityContext security) {
        return trainerLinks.revoke(Callers.of(security), linkId);
    }

    /** The web front's page that opens a link, on the host the teacher used. */
    /** System property: the address users reach the platform at, when it differs from the request's (a reverse proxy). */
    static final String PUBLIC_URL = "passerelle.publicUrl";

    static String accessUrlPrefix(URI apiBase) {
        return accessUrlPrefix(apiBase, System.getProperty(PUBLIC_URL));
    }

    /**
     * Where the e-mailed link points: the configured public address (e.g. "https://passerelle.lycee.fr"), else the
     * scheme and host the teacher's request came to, which is wrong behind a proxy that rewrites them.
     */
    static String accessUrlPrefix(URI apiBase, String publicUrl) {
        if (publicUrl != null && !publicUrl.isBlank()) {
            return publicUrl.trim().replaceAll("/+$", "") + "/#/acces/";
        }
        return apiBase.getScheme() + "://" + apiBase.getRawAuthority() + "/#/acces/";
    }
}
