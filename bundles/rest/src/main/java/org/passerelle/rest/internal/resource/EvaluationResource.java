package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.AttitudesReview;
import org.passerelle.core.evaluation.CompanyReview;
import org.passerelle.core.evaluation.CompanyReviewChange;
import org.passerelle.core.evaluation.Dashboard;
import org.passerelle.core.evaluation.EvaluationService;
import org.passerelle.core.evaluation.ResultChange;
import org.passerelle.core.evaluation.SchoolEvaluation;
import org.passerelle.core.evaluation.SchoolEvaluationDraft;
import org.passerelle.core.evaluation.SchoolEvaluationSummary;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.core.followup.Selection;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.documents.AssessmentDocuments;
import org.passerelle.core.security.RecordOwners;
import org.passerelle.core.security.Role;
import org.passerelle.rest.internal.dto.Requests;
import org.passerelle.rest.internal.security.Allowed;
import org.passerelle.rest.internal.security.Callers;
import org.passerelle.rest.internal.security.Owned;

/**
 * Assessment (issue 12): a placement's company review, filled jointly and saved level by level; a class's school
 * evaluations and their whole-class grid. Shapes and errors: EvaluationService. Who: the teaching team of the
 * establishment writes both; the tutor whose link grants the placement and the apprentice's master fill the company
 * review; the learner reads theirs. The dashboard is with the learners' resource (JAX-RS matches its /learners first).
 * Answers are never cached (minors' data).
 */
@Path("/")
@Tag(name = "assessment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class EvaluationResource {

    private final EvaluationService evaluation;
    private final AssessmentDocuments documents;
    private final ReferentialRegistry referentials;

    public EvaluationResource(EvaluationService evaluation, AssessmentDocuments documents, ReferentialRegistry referentials) {
        this.evaluation = evaluation;
        this.documents = documents;
        this.referentials = referentials;
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @GET
    @Path("placements/{id}/company-review")
    @Operation(summary = "The placement's company review (PERIOD_2 and OTHER periods): header, levels, the sheets' selections with their sheets")
    public CompanyReview companyReview(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluation.companyReview(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.TUTOR, Role.MASTER})
    @PUT
    @Path("placements/{id}/company-review")
    @Operation(summary = "Saves the header and levels of a company review, each from its version (409 with the review as it is now)")
    public CompanyReview saveCompanyReview(@PathParam("id") long id, Requests.CompanyReviewBody body, @Context SecurityContext security) {
        Requests.CompanyReviewBody form = Bodies.required(body, security);
        CompanyReviewChange.Header header = null;
        if (form.header() != null) {
            Requests.CompanyReviewHeaderBody h = form.header();
            Map<String, CompanyReview.Mode> modes = null;
            if (h.modes() != null) {
                modes = new LinkedHashMap<>();
                for (Map.Entry<String, String> mode : h.modes().entrySet()) {
                    modes.put(mode.getKey(), Bodies.enumValue(CompanyReview.Mode.class, mode.getValue(), "header.modes." + mode.getKey()));
                }
            }
            header = new CompanyReviewChange.Header(Bodies.date(h.meetingDate(), "header.meetingDate"), h.engagement(), h.comment(), h.tasks(),
                    modes, h.version());
        }
        return evaluation.saveCompanyReview(Callers.of(security), id, new CompanyReviewChange(header, results(form.results(), "results")));
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @GET
    @Path("placements/{id}/company-review/grid.pdf")
    @Produces("application/pdf")
    @Operation(summary = "« Préparer la rencontre »: the company review's grid to fill on paper, « Bilan entreprise <période> <Prénom NOM>.pdf »")
    public Response meetingGrid(@PathParam("id") long id, @Context SecurityContext security) {
        CompanyReview review = evaluation.companyReview(Callers.of(security), id);
        var referential = referentials.find(review.referentialCode(), review.referentialVersion())
                .orElseThrow(() -> DomainException.unavailable("referential-unavailable", review.referentialCode(), review.referentialVersion()));
        return DocumentFiles.pdf(documents.meetingGrid(MeetingGrids.of(review, referential.referential())),
                DocumentFiles.name("companyReview", review.periodName(), review.learnerName()));
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @GET
    @Path("placements/{id}/attitudes-review")
    @Operation(summary = "The professional attitudes review (any period kind): per attitude, the company's level and the school's")
    public AttitudesReview attitudesReview(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluation.attitudesReview(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.TUTOR, Role.MASTER})
    @PUT
    @Path("placements/{id}/attitudes-review")
    @Operation(summary = "Saves levels of the attitudes review on the caller's side (tutor or master: company; staff: school), each from its version")
    public AttitudesReview saveAttitudes(@PathParam("id") long id, Requests.AttitudesBody body, @Context SecurityContext security) {
        Requests.AttitudesBody form = Bodies.required(body, security);
        List<AttitudesReview.Change> changes = null;
        if (form.results() != null) {
            changes = new ArrayList<>();
            for (int i = 0; i < form.results().size(); i++) {
                Requests.AttitudeBody a = form.results().get(i);
                changes.add(a == null ? null : new AttitudesReview.Change(a.attitude(),
                        Bodies.enumValue(SuccessLevel.class, a.level(), "results[" + i + "].level"), a.version()));
            }
        }
        return evaluation.saveAttitudes(Callers.of(security), id, changes);
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @POST
    @Path("school-evaluations")
    @Operation(summary = "Creates a school evaluation of a class: title, date, complexity, the criteria of its grid")
    public Response createSchoolEvaluation(Requests.SchoolEvaluationBody body, @Context SecurityContext security) {
        Requests.SchoolEvaluationBody form = Bodies.required(body, security);
        SchoolEvaluation created = evaluation.createSchoolEvaluation(Callers.of(security), draft(form));
        return Response.status(201).entity(created).build();
    }

    @Owned(RecordOwners.Kind.SCHOOL_EVALUATION)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @PUT
    @Path("school-evaluations/{id}")
    @Operation(summary = "Edits a school evaluation's title, date, complexity and criteria from its version (a criterion with levels stays: 409)")
    public SchoolEvaluation editSchoolEvaluation(@PathParam("id") long id, Requests.SchoolEvaluationBody body, @Context SecurityContext security) {
        Requests.SchoolEvaluationBody form = Bodies.required(body, security);
        return evaluation.editSchoolEvaluation(Callers.of(security), id, draft(form), form.version());
    }

    @Owned(RecordOwners.Kind.SCHOOL_EVALUATION)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @DELETE
    @Path("school-evaluations/{id}")
    @Operation(summary = "Deletes a school evaluation (?version=) while none of its cells has a level")
    public Response deleteSchoolEvaluation(@PathParam("id") long id, @QueryParam("version") Integer version, @Context SecurityContext security) {
        evaluation.deleteSchoolEvaluation(Callers.of(security), id, version);
        return Response.noContent().build();
    }

    private static SchoolEvaluationDraft draft(Requests.SchoolEvaluationBody form) {
        List<Selection> criteria = form.criteria() == null ? null
                : form.criteria().stream().map(s -> s == null ? null : new Selection(s.competency(), s.criterion())).toList();
        return new SchoolEvaluationDraft(form.classId(), form.title(), Bodies.date(form.date(), "date"),
                Bodies.enumValue(Dashboard.Complexity.class, form.complexity(), "complexity"), criteria);
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("school-evaluations")
    @Operation(summary = "A class's school evaluations, newest first (?classId=)")
    public List<SchoolEvaluationSummary> schoolEvaluations(@QueryParam("classId") Long classId, @Context SecurityContext security) {
        if (classId == null) {
            throw DomainException.invalid("required", "classId");
        }
        return evaluation.schoolEvaluations(Callers.of(security), classId);
    }

    @Owned(RecordOwners.Kind.SCHOOL_EVALUATION)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("school-evaluations/{id}")
    @Operation(summary = "A school evaluation and its whole-class grid")
    public SchoolEvaluation schoolEvaluation(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluation.schoolEvaluation(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.SCHOOL_EVALUATION)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @PUT
    @Path("school-evaluations/{id}/results")
    @Operation(summary = "Saves levels of the grid, any learners and criteria at once, each from its version (409 with the grid as it is now)")
    public SchoolEvaluation saveSchoolResults(@PathParam("id") long id, Requests.ResultsBody body, @Context SecurityContext security) {
        Requests.ResultsBody form = Bodies.required(body, security);
        return evaluation.saveSchoolResults(Callers.of(security), id, results(form.results(), "results"));
    }

    private static List<ResultChange> results(List<Requests.ResultBody> given, String field) {
        if (given == null) {
            return null;
        }
        List<ResultChange> changes = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Requests.ResultBody r = given.get(i);
            changes.add(r == null ? null : new ResultChange(r.learnerId(), r.competency(), r.criterion(),
                    Bodies.enumValue(SuccessLevel.class, r.level(), field + "[" + i + "].level"), r.version()));
        }
        return changes;
    }
}
