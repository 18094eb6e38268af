package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.FollowUpDocument;
import org.passerelle.core.followup.FollowUpService;
import org.passerelle.core.followup.Selection;
import org.passerelle.core.followup.Sheet;
import org.passerelle.core.followup.SheetSummary;
import org.passerelle.core.security.RecordOwners;
import org.passerelle.core.security.Role;
import org.passerelle.rest.internal.dto.Requests;
import org.passerelle.rest.internal.security.Allowed;
import org.passerelle.rest.internal.security.Callers;
import org.passerelle.rest.internal.security.Owned;

/**
 * The follow-up in company (issue 11): a placement's portfolio or logbook, its personal review, its activity sheets,
 * their pages, read states, the teacher's link to the referential and comments. Shapes and errors: FollowUpService.
 * Who: the learner writes; staff of the establishment, the placement's tutor and the apprentice's master read; staff
 * comment and link; the master comments. Answers are never cached (minors' data). The free-sheets folder is with the
 * learners' resource (LearnerResource: JAX-RS matches its /learners first).
 */
@Path("/")
@Tag(name = "follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class FollowUpResource {

    private final FollowUpService followUp;

    public FollowUpResource(FollowUpService followUp) {
        this.followUp = followUp;
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @GET
    @Path("placements/{id}/portfolio")
    @Operation(summary = "The placement's portfolio or logbook, laid out by its referential version: every page with its values")
    public FollowUpDocument portfolio(@PathParam("id") long id, @Context SecurityContext security) {
        return followUp.portfolio(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.LEARNER})
    @PUT
    @Path("placements/{id}/portfolio/pages/{page}")
    @Operation(summary = "The learner saves one page of their portfolio or logbook (version 0 the first time; 409 with the page otherwise)")
    public DocumentPage savePortfolioPage(@PathParam("id") long id, @PathParam("page") String page, Requests.PageBody body,
                                          @Context SecurityContext security) {
        Requests.PageBody form = Bodies.required(body, security);
        return followUp.savePortfolioPage(Callers.of(security), id, page, form.values(), form.version());
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER})
    @POST
    @Path("placements/{id}/portfolio/pages/{page}/comments")
    @Operation(summary = "A comment on a COMMENTS field of the portfolio or logbook (teacher; the apprentice's master)")
    public Response commentPortfolio(@PathParam("id") long id, @PathParam("page") String page, Requests.CommentBody body,
                                     @Context SecurityContext security) {
        Requests.CommentBody form = Bodies.required(body, security);
        return Response.status(201).entity(followUp.commentPortfolio(Callers.of(security), id, page, form.field(), form.text())).build();
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @GET
    @Path("placements/{id}/personal-review")
    @Operation(summary = "The learner's personal review of the period: strengths, areas for progress, wishes")
    public DocumentPage personalReview(@PathParam("id") long id, @Context SecurityContext security) {
        return followUp.personalReview(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.LEARNER})
    @PUT
    @Path("placements/{id}/personal-review")
    @Operation(summary = "The learner writes their personal review")
    public DocumentPage savePersonalReview(@PathParam("id") long id, Requests.PageBody body, @Context SecurityContext security) {
        Requests.PageBody form = Bodies.required(body, security);
        return followUp.savePersonalReview(Callers.of(security), id, form.values(), form.version());
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @GET
    @Path("placements/{id}/sheets")
    @Operation(summary = "The placement's activity sheets with the caller's read state (an apprentice's: one per week)")
    public List<SheetSummary> sheets(@PathParam("id") long id, @Context SecurityContext security) {
        return followUp.sheets(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.LEARNER})
    @POST
    @Path("placements/{id}/sheets")
    @Operation(summary = "The learner starts an activity sheet in their placement")
    public Response createSheet(@PathParam("id") long id, Requests.SheetBody body, @Context SecurityContext security) {
        return Response.status(201).entity(followUp.createSheet(Callers.of(security), id, Bodies.required(body, security).title())).build();
    }

    @Owned(RecordOwners.Kind.SHEET)
    @GET
    @Path("sheets/{id}")
    @Operation(summary = "One sheet with its pages; opening it marks it read for that reader")
    public Sheet sheet(@PathParam("id") long id, @Context SecurityContext security) {
        return followUp.sheet(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.SHEET)
    @Allowed({Role.LEARNER})
    @PUT
    @Path("sheets/{id}")
    @Operation(summary = "The learner renames a sheet")
    public SheetSummary renameSheet(@PathParam("id") long id, Requests.RenameBody body, @Context SecurityContext security) {
        Requests.RenameBody form = Bodies.required(body, security);
        return followUp.renameSheet(Callers.of(security), id, form.title(), form.version());
    }

    @Owned(RecordOwners.Kind.SHEET)
    @Allowed({Role.LEARNER})
    @DELETE
    @Path("sheets/{id}")
    @Operation(summary = "The learner deletes a sheet: staff still read it, shown deleted")
    public SheetSummary deleteSheet(@PathParam("id") long id, @QueryParam("version") String version, @Context SecurityContext security) {
        // Read as text: « version=abc » is a 400 naming the parameter, not JAX-RS's 404.
        Integer number = null;
        if (version != null && !version.isBlank()) {
            try {
                number = Integer.valueOf(version.trim());
            } catch (NumberFormatException e) {
                throw org.passerelle.core.DomainException.invalid("invalid-number", "version", version);
            }
        }
        return followUp.deleteSheet(Callers.of(security), id, number);
    }

    @Owned(RecordOwners.Kind.SHEET)
    @Allowed({Role.LEARNER})
    @PUT
    @Path("sheets/{id}/pages/{page}")
    @Operation(summary = "The learner saves one page of a sheet")
    public DocumentPage saveSheetPage(@PathParam("id") long id, @PathParam("page") String page, Requests.PageBody body,
                                      @Context SecurityContext security) {
        Requests.PageBody form = Bodies.required(body, security);
        return followUp.saveSheetPage(Callers.of(security), id, page, form.values(), form.version());
    }

    @Owned(RecordOwners.Kind.SHEET)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @PUT
    @Path("sheets/{id}/referential-link")
    @Operation(summary = "« Relier au référentiel »: the teacher checks and completes the tasks, chooses competencies or criteria to evaluate")
    public Sheet linkSheet(@PathParam("id") long id, Requests.LinkBody body, @Context SecurityContext security) {
        Requests.LinkBody form = Bodies.required(body, security);
        List<Selection> selections = form.selections() == null ? null
                : form.selections().stream().map(s -> s == null ? null : new Selection(s.competency(), s.criterion())).toList();
        return followUp.linkSheet(Callers.of(security), id, form.checkedTasks(), selections, form.version());
    }

    @Owned(RecordOwners.Kind.SHEET)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER})
    @POST
    @Path("sheets/{id}/comments")
    @Operation(summary = "A comment on a COMMENTS field of a sheet (an apprentice's weekly sheet: the master)")
    public Response commentSheet(@PathParam("id") long id, Requests.CommentBody body, @Context SecurityContext security) {
        Requests.CommentBody form = Bodies.required(body, security);
        return Response.status(201).entity(followUp.commentSheet(Callers.of(security), id, form.page(), form.field(), form.text())).build();
    }
}
