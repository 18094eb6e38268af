package org.passerelle.core.internal.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.evaluation.CompetencyReview;
import org.passerelle.core.evaluation.CompetencyReviewChange;
import org.passerelle.core.evaluation.MarkScale;
import org.passerelle.core.evaluation.ReviewService;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;

/** The review service over JPA: each operation one transaction (see the pieces it delegates to). */
public class JpaReviewService implements ReviewService {

    private final JpaTemplate jpa;
    private final CompetencyReviewViews views;
    private final CompetencyReviews reviews;
    private final MarkMappings mappings;

    public JpaReviewService(JpaTemplate jpa, ReferentialRegistry referentials, Clock clock) {
        this.jpa = jpa;
        this.views = new CompetencyReviewViews(referentials);
        this.reviews = new CompetencyReviews(jpa, referentials, views, clock);
        this.mappings = new MarkMappings(jpa);
    }

    @Override
    public CompetencyReview create(Caller caller, long learnerId, CompetencyReview.Kind kind, LocalDate date) {
        return reviews.create(caller, learnerId, kind, date);
    }

    @Override
    public CompetencyReview review(Caller caller, long reviewId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> views.view(em, caller, CompetencyReviewViews.review(em, caller, reviewId)));
    }

    @Override
    public CompetencyReview save(Caller caller, long reviewId, CompetencyReviewChange change) {
        return reviews.save(caller, reviewId, change);
    }

    @Override
    public CompetencyReview finalise(Caller caller, long reviewId, String confirmation, Integer version) {
        return reviews.finalise(caller, reviewId, confirmation, version);
    }

    @Override
    public CompetencyReview unlock(Caller caller, long reviewId, String reason, Integer version) {
        return reviews.unlock(caller, reviewId, reason, version);
    }

    @Override
    public void deleteDraft(Caller caller, long reviewId, Integer version) {
        reviews.deleteDraft(caller, reviewId, version);
    }

    @Override
    public List<CompetencyReview> archive(Caller caller, long learnerId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            CompetencyReviewViews.learner(em, caller, learnerId);
            return em.createQuery("SELECT r FROM IntermediateReviewEntity r WHERE r.learner.id = :l ORDER BY r.reviewDate, r.id",
                            IntermediateReviewEntity.class).setParameter("l", learnerId).getResultList().stream()
                    .filter(r -> CompetencyReviewViews.reads(caller, r)).map(r -> views.view(em, caller, r)).toList();
        });
    }

    @Override
    public MarkScale markScale(Caller caller, long establishmentId) {
        return mappings.read(caller, establishmentId);
    }

    @Override
    public MarkScale saveMarkScale(Caller caller, long establishmentId, MarkScale scale) {
        return mappings.save(caller, establishmentId, scale);
    }
}
