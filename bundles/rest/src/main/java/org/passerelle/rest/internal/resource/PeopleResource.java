package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.Person;
import org.passerelle.core.security.RecordOwners;
import org.passerelle.core.security.Role;
import org.passerelle.rest.internal.dto.Requests;
import org.passerelle.rest.internal.dto.Responses;
import org.passerelle.rest.internal.security.Allowed;
import org.passerelle.rest.internal.security.Callers;
import org.passerelle.rest.internal.security.Owned;

@Path("/people")
@Tag(name = "organisation")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private final OrganisationService organisation;

    public PeopleResource(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Owned(RecordOwners.Kind.PERSON)
    @GET
    @Path("/{id}")
    public Person get(@PathParam("id") long id, @Context SecurityContext security) {
        return organisation.person(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PERSON)
    @Allowed({Role.ADMIN})
    @POST
    @Path("/{id}/password-reset")
    @Operation(summary = "Administrator: a new temporary password, shown once; the person's sessions end")
    public Response resetPassword(@PathParam("id") long id, @Context SecurityContext security) {
        return Response.ok(new Responses.TemporaryPassword(organisation.resetPassword(Callers.of(security), id)))
                .header("Cache-Control", "no-store").build();
    }

    @Owned(RecordOwners.Kind.PERSON)
    @Allowed({Role.ADMIN})
    @PUT
    @Path("/{id}/role")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Administrator: change a staff member's role from its version (recorded in the audit log; 409 stale-version with the current person)")
    public Person changeRole(@PathParam("id") long id, Requests.RoleBody body, @Context SecurityContext security) {
        Requests.RoleBody form = Bodies.required(body, security);
        return organisation.changeRole(Callers.of(security), id, Bodies.enumValue(Role.class, form.role(), "role"), form.version());
    }
}
