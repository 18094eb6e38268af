package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
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
import org.passerelle.core.evaluation.CompetencyReview;
import org.passerelle.core.evaluation.CompetencyReviewChange;
import org.passerelle.core.evaluation.ReviewLevel;
import org.passerelle.core.evaluation.ReviewService;
import org.passerelle.core.security.RecordOwners;
import org.passerelle.core.security.Role;
import org.passerelle.documents.RadarCharts;
import org.passerelle.rest.internal.dto.Requests;
import org.passerelle.rest.internal.security.Allowed;
import org.passerelle.rest.internal.security.Callers;
import org.passerelle.rest.internal.security.Owned;

/**
 * Competency reviews (issue 12, items 7 to 10): a review read, saved as a draft, finalised with CONFIRMATION, unlocked
 * by the DDFPT, deleted while a draft; its radar chart. Shapes and errors: ReviewService. A learner's reviews (create,
 * archive) are with the learners' resource, the mark mapping with the establishments' (JAX-RS matches those first).
 */
@Path("/")
@Tag(name = "assessment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class ReviewResource {

    private final ReviewService reviews;
    private final RadarCharts radars;
    private final org.passerelle.documents.AssessmentDocuments documents;

    public ReviewResource(ReviewService reviews, RadarCharts radars, org.passerelle.documents.AssessmentDocuments documents) {
        this.reviews = reviews;
        this.radars = radars;
        this.documents = documents;
    }

    @Owned(RecordOwners.Kind.COMPETENCY_REVIEW)
    @GET
    @Path("competency-reviews/{id}/review.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The review as a PDF with its radar chart, « Bilan intermédiaire de compétences <Prénom NOM> <JJ-MM-AAAA>.pdf »")
    public Response pdf(@PathParam("id") long id, @Context SecurityContext security) {
        CompetencyReview review = reviews.review(Callers.of(security), id);
        return DocumentFiles.pdf(documents.reviewPdf(ReviewSheets.of(review, Radars.svg(radars, review))), ReviewSheets.fileName(review));
    }

    @Owned(RecordOwners.Kind.COMPETENCY_REVIEW)
    @GET
    @Path("competency-reviews/{id}")
    @Operation(summary = "A competency review: levels with the earlier ones, findings, advice, proposed and kept marks")
    public CompetencyReview review(@PathParam("id") long id, @Context SecurityContext security) {
        return reviews.review(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.COMPETENCY_REVIEW)
    @GET
    @Path("competency-reviews/{id}/radar.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The radar chart of this review and the learner's previous finalised one of the same kind (SVG)")
    public Response radar(@PathParam("id") long id, @Context SecurityContext security) {
        CompetencyReview review = reviews.review(Callers.of(security), id);
        return Response.ok(Radars.svg(radars, review)).build();
    }

    @Owned(RecordOwners.Kind.COMPETENCY_REVIEW)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER})
    @PUT
    @Path("competency-reviews/{id}")
    @Operation(summary = "Saves a draft review from its version (409 stale-version, 409 review-finalised)")
    public CompetencyReview save(@PathParam("id") long id, Requests.ReviewBody body, @Context SecurityContext security) {
        Requests.ReviewBody form = Bodies.required(body, security);
        List<CompetencyReviewChange.LevelChange> levels = null;
        if (form.levels() != null) {
            levels = new ArrayList<>();
            for (int i = 0; i < form.levels().size(); i++) {
                Requests.ReviewLevelBody l = form.levels().get(i);
                levels.add(l == null ? null : new CompetencyReviewChange.LevelChange(l.competency(),
                        Bodies.enumValue(ReviewLevel.class, l.level(), "levels[" + i + "].level"),
                        Bodies.enumValue(CompetencyReview.Objective.class, l.objective(), "levels[" + i + "].objective")));
            }
        }
        return reviews.save(Callers.of(security), id, new CompetencyReviewChange(Bodies.date(form.date(), "date"), levels, form.findings(),
                form.advice(), form.keptMark(), form.version()));
    }

    @Owned(RecordOwners.Kind.COMPETENCY_REVIEW)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER})
    @POST
    @Path("competency-reviews/{id}/finalisation")
    @Operation(summary = "Finalises a draft: the word CONFIRMATION typed (400 confirmation-required otherwise)")
    public CompetencyReview finalise(@PathParam("id") long id, Requests.FinalisationBody body, @Context SecurityContext security) {
        Requests.FinalisationBody form = Bodies.required(body, security);
        return reviews.finalise(Callers.of(security), id, form.confirmation(), form.version());
    }

    @Owned(RecordOwners.Kind.COMPETENCY_REVIEW)
    @Allowed({Role.DDFPT})
    @POST
    @Path("competency-reviews/{id}/unlock")
    @Operation(summary = "The DDFPT makes a finalised review a draft again, saying why (recorded in the audit log)")
    public CompetencyReview unlock(@PathParam("id") long id, Requests.UnlockBody body, @Context SecurityContext security) {
        Requests.UnlockBody form = Bodies.required(body, security);
        return reviews.unlock(Callers.of(security), id, form.reason(), form.version());
    }

    @Owned(RecordOwners.Kind.COMPETENCY_REVIEW)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER})
    @DELETE
    @Path("competency-reviews/{id}")
    @Operation(summary = "Deletes a draft review (?version=); a finalised one never")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Integer version, @Context SecurityContext security) {
        reviews.deleteDraft(Callers.of(security), id, version);
        return Response.noContent().build();
    }
}
