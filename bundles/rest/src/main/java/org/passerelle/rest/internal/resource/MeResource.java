package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.DomainException;
import org.passerelle.core.organisation.Establishment;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.security.AuthenticationService;
import org.passerelle.core.security.Caller;
import org.passerelle.rest.internal.dto.Requests;
import org.passerelle.rest.internal.dto.Responses;
import org.passerelle.rest.internal.security.Callers;

@Path("/me")
@Tag(name = "sign-in")
public class MeResource {

    private final AuthenticationService authentication;
    private final OrganisationService organisation;

    private final org.passerelle.core.security.TrainerLinks trainerLinks;

    public MeResource(AuthenticationService authentication, OrganisationService organisation, org.passerelle.core.security.TrainerLinks trainerLinks) {
        this.authentication = authentication;
        this.organisation = organisation;
        this.trainerLinks = trainerLinks;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who is signed in (401 when nobody)")
    public Responses.Me me(@Context SecurityContext security) {
        Caller caller = Callers.of(security);
        if (caller == null) {
            throw DomainException.unauthenticated("not-signed-in", null);
        }
        return describe(caller);
    }

    @PUT
    @Path("/password")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Change my password; every session of mine ends, this one included: sign in again")
    public Response changePassword(Requests.PasswordChange body, @Context SecurityContext security) {
        Requests.PasswordChange form = Bodies.required(body, security);
        authentication.changePassword(Callers.of(security), form.currentPassword(), form.newPassword());
        return Response.noContent().build();
    }

    Responses.Me describe(Caller caller) {
        Establishment establishment = caller.establishmentId() == null ? null : organisation.establishment(caller, caller.establishmentId());
        var person = organisation.person(caller, caller.personId());
        return new Responses.Me(caller.personId(), caller.login(), person.familyName(), person.firstName(), caller.role().name(),
                Responses.EstablishmentRef.of(establishment), caller.grant(), organisation.ownLearner(caller).map(l -> l.id()).orElse(null),
                trainerLinks.accessUntil(caller).orElse(null));
    }
}
