package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.organisation.LearnerAssignment;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.periods.LearnerPeriod;
import org.passerelle.core.periods.PeriodService;
import org.passerelle.core.security.RecordOwners;
import org.passerelle.core.security.Role;
import org.passerelle.rest.internal.dto.Requests;
import org.passerelle.rest.internal.dto.Responses;
import org.passerelle.rest.internal.security.Allowed;
import org.passerelle.rest.internal.security.Callers;
import org.passerelle.rest.internal.security.Owned;

@Path("/learners")
@Tag(name = "organisation")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerResource {

    private final OrganisationService organisation;
    private final PeriodService periods;
    private final org.passerelle.core.followup.FollowUpService followUp;
    private final org.passerelle.core.evaluation.EvaluationService evaluation;
    private final org.passerelle.core.evaluation.ReviewService reviews;
    private final org.passerelle.documents.AssessmentDocuments documents;

    public LearnerResource(OrganisationService organisation, PeriodService periods, org.passerelle.core.followup.FollowUpService followUp,
                           org.passerelle.core.evaluation.EvaluationService evaluation, org.passerelle.core.evaluation.ReviewService reviews,
                           org.passerelle.documents.AssessmentDocuments documents) {
        this.reviews = reviews;
        this.documents = documents;
        this.organisation = organisation;
        this.periods = periods;
        this.followUp = followUp;
        this.evaluation = evaluation;
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @GET
    @Path("/{id}/dashboard")
    @Operation(summary = "The learner's dashboard, competency view: evaluations in chronological order, levels per criterion, the boundary")
    public org.passerelle.core.evaluation.Dashboard dashboard(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluation.dashboard(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @GET
    @Path("/{id}/competency-reviews")
    @Operation(summary = "« Bilans de compétences »: the learner's reviews over their whole course, oldest first (drafts for who writes them)")
    public List<org.passerelle.core.evaluation.CompetencyReview> reviews(@PathParam("id") long id, @Context SecurityContext security) {
        return reviews.archive(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER})
    @POST
    @Path("/{id}/competency-reviews")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Starts a draft review: INTERMEDIATE (teachers) or COMPANY_ACTIVITY (the apprentice's master), dated")
    public javax.ws.rs.core.Response createReview(@PathParam("id") long id, Requests.NewReviewBody body, @Context SecurityContext security) {
        Requests.NewReviewBody form = Bodies.required(body, security);
        var created = reviews.create(Callers.of(security), id, Bodies.enumValue(org.passerelle.core.evaluation.CompetencyReview.Kind.class,
                form.kind(), "kind"), Bodies.date(form.date(), "date"));
        return javax.ws.rs.core.Response.status(201).entity(created).build();
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @GET
    @Path("/{id}/pfmp-synthesis")
    @Operation(summary = "The synthesis of the learner's periods in company: dates, weeks, company, tutor, what the reviews gave")
    public org.passerelle.core.evaluation.PfmpSynthesis synthesis(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluation.synthesis(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @GET
    @Path("/{id}/pfmp-synthesis.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The same as a PDF, « Synthèse PFMP <Prénom NOM>.pdf »")
    public javax.ws.rs.core.Response synthesisPdf(@PathParam("id") long id, @Context SecurityContext security) {
        var synthesis = evaluation.synthesis(Callers.of(security), id);
        return DocumentFiles.pdf(documents.synthesisPdf(Syntheses.title(synthesis.learnerName()), List.of(synthesis)),
                DocumentFiles.name("synthesis", synthesis.learnerName()));
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @GET
    @Path("/{id}/dashboard/activities")
    @Operation(summary = "The learner's dashboard, activity view: the referential's tasks × the weeks they were performed (logbook, sheets, company reviews)")
    public org.passerelle.core.evaluation.ActivityView dashboardActivities(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluation.activities(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @GET
    @Path("/{id}/free-sheets")
    @Operation(summary = "The learner's free-sheets folder: whole sheets of deleted periods or of periods they left")
    public List<org.passerelle.core.followup.SheetSummary> freeSheets(@PathParam("id") long id, @Context SecurityContext security) {
        return followUp.freeSheets(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @GET
    @Path("/{id}/booklet")
    @Operation(summary = "An apprentice's apprenticeship booklet (livret d'apprentissage): every section, who writes it")
    public org.passerelle.core.followup.Booklet booklet(@PathParam("id") long id, @Context SecurityContext security) {
        return followUp.booklet(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER, Role.LEARNER})
    @PUT
    @Path("/{id}/booklet/pages/{page}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Saves one section of the booklet (its writer only: the referent team, the master or the apprentice)")
    public org.passerelle.core.followup.DocumentPage saveBookletPage(@PathParam("id") long id, @PathParam("page") String page,
                                                                     Requests.PageBody body, @Context SecurityContext security) {
        Requests.PageBody form = Bodies.required(body, security);
        return followUp.saveBookletPage(Callers.of(security), id, page, form.values(), form.version());
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @GET
    @Path("/{id}/periods")
    @Operation(summary = "View by learners: the learner's periods with their placement and sheet count")
    public List<LearnerPeriod> periods(@PathParam("id") long id, @Context SecurityContext security) {
        return periods.learnerPeriods(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @GET
    @Path("/{id}")
    public Responses.LearnerView get(@PathParam("id") long id, @Context SecurityContext security) {
        return Responses.LearnerView.of(organisation.learner(Callers.of(security), id), null);
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @Allowed({Role.ADMIN, Role.DDFPT})
    @PUT
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "ADMIN or DDFPT: class, status, referent teacher and master (links an apprentice to their master); 409 when stale")
    public Responses.LearnerView assign(@PathParam("id") long id, Requests.AssignmentBody body, @Context SecurityContext security) {
        Requests.AssignmentBody form = Bodies.required(body, security);
        return Responses.LearnerView.of(organisation.assignLearner(Callers.of(security), id, new LearnerAssignment(form.classId(),
                Bodies.enumValue(LearnerStatus.class, form.status(), "status"), form.referentTeacherId(), form.masterId(), form.version())), null);
    }
}
