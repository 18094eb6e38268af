package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
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
import org.passerelle.core.security.RecordOwners;
import org.passerelle.core.security.Role;
import org.passerelle.core.security.TrainerLink;
import org.passerelle.core.security.TrainerLinks;
import org.passerelle.rest.internal.dto.Requests;
import org.passerelle.rest.internal.security.Allowed;
import org.passerelle.rest.internal.security.Callers;
import org.passerelle.rest.internal.security.Owned;
import org.passerelle.rest.internal.security.PublicAddress;

/** Company trainers' access links (trainers are created under their establishment). */
@Path("/")
@Tag(name = "trainers")
@Produces(MediaType.APPLICATION_JSON)
public class TrainerResource {

    private final TrainerLinks trainerLinks;
    private final PublicAddress publicAddress;

    public TrainerResource(TrainerLinks trainerLinks, PublicAddress publicAddress) {
        this.trainerLinks = trainerLinks;
        this.publicAddress = publicAddress;
    }

    @Owned(RecordOwners.Kind.PERSON)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @POST
    @Path("trainers/{id}/links")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Send the trainer a new access link (valid 180 days); earlier links for the same grant stop working",
            description = "The link points at public.url (etc/org.passerelle.rest.cfg), or at the request's host if allowed.hosts lists it;"
                    + " otherwise 409 public-url-not-configured and nothing is sent.")
    public Response issue(@PathParam("id") long trainerId, Requests.GrantBody body, @Context SecurityContext security,
                          @Context HttpServletRequest http) {
        Requests.GrantBody form = Bodies.required(body, security);
        TrainerLink link = trainerLinks.issue(Callers.of(security), trainerId, form.grant(), publicAddress.accessUrlPrefix(http));
        return Response.status(201).entity(link).build();
    }

    @Owned(RecordOwners.Kind.PERSON)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("trainers/{id}/links")
    public List<TrainerLink> links(@PathParam("id") long trainerId, @Context SecurityContext security) {
        return trainerLinks.links(Callers.of(security), trainerId);
    }

    @Owned(RecordOwners.Kind.TRAINER_LINK)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @DELETE
    @Path("trainer-links/{id}")
    @Operation(summary = "Invalidate a link (lost or stolen): it and its sessions stop working at once")
    public TrainerLink revoke(@PathParam("id") long linkId, @Context SecurityContext security) {
        return trainerLinks.revoke(Callers.of(security), linkId);
    }

}
