package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.rest.internal.dto.Responses;
import org.passerelle.rest.internal.security.Callers;

@Path("/learners")
@Tag(name = "organisation")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerResource {

    private final OrganisationService organisation;

    public LearnerResource(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GET
    @Path("/{id}")
    public Responses.LearnerView get(@PathParam("id") long id, @Context SecurityContext security) {
        return Responses.LearnerView.of(organisation.learner(Callers.of(security), id), null);
    }
}
