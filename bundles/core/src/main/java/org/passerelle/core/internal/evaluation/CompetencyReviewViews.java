package org.passerelle.core.internal.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.CompetencyReview;
import org.passerelle.core.evaluation.CompetencyReview.Kind;
import org.passerelle.core.evaluation.CompetencyReview.Objective;
import org.passerelle.core.evaluation.MarkMapping;
import org.passerelle.core.evaluation.ProposedMark;
import org.passerelle.core.evaluation.ReviewLevel;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.periods.PeriodAccess;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.referential.model.Referential;

/**
 * Competency reviews as their readers see them: who reads which (staff every one, the learner and those around them the
 * finalised ones, the writers of a kind its drafts), each competency's line with the learner's earlier finalised levels,
 * and the proposed mark with its formula.
 */
final class CompetencyReviewViews {

    private final ReferentialRegistry referentials;

    CompetencyReviewViews(ReferentialRegistry referentials) {
        this.referentials = referentials;
    }

    /** Who writes a kind of review for this learner: staff the intermediate ones, the learner's master the company-activity ones. */
    static boolean writes(Caller caller, Kind kind, LearnerEntity learner) {
        return kind == Kind.INTERMEDIATE ? caller.role().isStaff()
                : caller.role() == Role.MASTER && learner.master() != null && learner.master().id() == caller.personId();
    }

    static boolean reads(Caller caller, IntermediateReviewEntity review) {
        return review.finalised() || caller.role().isStaff() || writes(caller, Kind.valueOf(review.kind()), review.learner());
    }

    /** The learner if the caller may address their record (404 learner-not-found otherwise). */
    static LearnerEntity learner(EntityManager em, Caller caller, long learnerId) {
        if (!PeriodAccess.addressesLearner(em, caller, learnerId)) {
            throw DomainException.notFound("learner-not-found", learnerId);
        }
        return em.find(LearnerEntity.class, learnerId);
    }

    /** The review if the caller reads it (404 review-not-found otherwise: a draft is not shown to the learner). */
    static IntermediateReviewEntity review(EntityManager em, Caller caller, long reviewId) {
        IntermediateReviewEntity review = em.find(IntermediateReviewEntity.class, reviewId);
        if (review == null || !PeriodAccess.addressesLearner(em, caller, review.learner().id()) || !reads(caller, review)) {
            throw DomainException.notFound("review-not-found", reviewId);
        }
        return review;
    }

    Referential referential(EntityManager em, IntermediateReviewEntity review) {
        if (review.referentialCode() == null) {
            return LearnerReferential.of(em, referentials, review.learner());
        }
        return referentials.find(review.referentialCode(), review.referentialVersion())
                .orElseThrow(() -> DomainException.unavailable("referential-unavailable", review.referentialCode(), review.referentialVersion()))
                .referential();
    }

    static Map<String, ReviewLevelEntity> levels(EntityManager em, long reviewId) {
        Map<String, ReviewLevelEntity> levels = new LinkedHashMap<>();
        em.createQuery("SELECT l FROM ReviewLevelEntity l WHERE l.review.id = :r", ReviewLevelEntity.class).setParameter("r", reviewId)
                .getResultList().forEach(l -> levels.put(l.competency(), l));
        return levels;
    }

    CompetencyReview view(EntityManager em, Caller caller, IntermediateReviewEntity review) {
        Referential referential = referential(em, review);
        Kind kind = Kind.valueOf(review.kind());
        Map<String, ReviewLevelEntity> stored = levels(em, review.id());
        Map<String, List<CompetencyReview.Previous>> previous = previous(em, review);
        List<CompetencyReview.Level> lines = new ArrayList<>();
        List<ProposedMark.Level> forMark = new ArrayList<>();
        referential.competencies().forEach(c -> lines.add(line(c.code(), c.title(), c.effectiveWeight(), stored, previous)));
        referential.commonCompetencies().forEach(c -> lines.add(line(c.code(), c.title(), c.weight() == null ? 1.0 : c.weight(), stored, previous)));
        // Every competency, those without a level too: the mark says what it rests on (n assessed of m, NE and not given apart).
        lines.forEach(l -> forMark.add(new ProposedMark.Level(l.competency(), l.weight(), l.level())));
        BigDecimal proposed = null;
        List<ProposedMark.Term> terms = List.of();
        ProposedMark counts = ProposedMark.of(forMark, MarkMapping.DEFAULT);
        if (kind == Kind.INTERMEDIATE && lines.stream().anyMatch(l -> l.level() != null)) {
            // A finalised review keeps the mapping it was finalised with: its formula still adds up to its mark.
            ProposedMark mark = ProposedMark.of(forMark, review.finalised() && review.markMapping() != null ? MarkMappings.parse(review.markMapping())
                    : MarkMappings.mapping(em, review.learner().establishment().id()));
            proposed = review.finalised() && review.proposedMark() != null ? review.proposedMark() : mark.mark();
            terms = mark.terms();
        }
        var person = review.learner().person();
        return new CompetencyReview(review.id(), review.learner().id(), person.firstName() + " " + person.familyName(), kind,
                LocalDate.parse(review.reviewDate()), referential.code(), referential.version(), review.finalised(), lines, review.findings(),
                review.advice(), proposed, terms, counts.assessedCount(), counts.notAssessableCount(), counts.notGivenCount(), review.keptMark(),
                ResultRows.name(review.createdBy()), ResultRows.name(review.finalisedBy()),
                review.finalisedAt() == 0 ? null : Instant.ofEpochMilli(review.finalisedAt()),
                !review.finalised() && writes(caller, kind, review.learner()), review.version());
    }

    private static CompetencyReview.Level line(String code, String title, double weight, Map<String, ReviewLevelEntity> stored,
                                               Map<String, List<CompetencyReview.Previous>> previous) {
        ReviewLevelEntity level = stored.get(code);
        return new CompetencyReview.Level(code, title, weight, level == null ? null : ReviewLevel.valueOf(level.level()),
                level == null || level.objective() == null ? null : Objective.valueOf(level.objective()), previous.getOrDefault(code, List.of()));
    }

    /** Per competency, the levels of the learner's finalised reviews before this one (both kinds), oldest first. */
    private static Map<String, List<CompetencyReview.Previous>> previous(EntityManager em, IntermediateReviewEntity review) {
        Map<String, List<CompetencyReview.Previous>> previous = new HashMap<>();
        List<ReviewLevelEntity> earlier = new ArrayList<>(em.createQuery("SELECT l FROM ReviewLevelEntity l WHERE l.review.learner.id = :learner"
                + " AND l.review.finalised = true AND l.review.id <> :r AND (l.review.reviewDate < :d OR (l.review.reviewDate = :d AND l.review.id < :r))",
                ReviewLevelEntity.class).setParameter("learner", review.learner().id()).setParameter("r", review.id())
                .setParameter("d", review.reviewDate()).getResultList());
        earlier.sort(Comparator.comparing((ReviewLevelEntity l) -> l.review().reviewDate()).thenComparingLong(l -> l.review().id()));
        for (ReviewLevelEntity l : earlier) {
            previous.computeIfAbsent(l.competency(), c -> new ArrayList<>()).add(new CompetencyReview.Previous(l.review().id(),
                    Kind.valueOf(l.review().kind()), LocalDate.parse(l.review().reviewDate()), ReviewLevel.valueOf(l.level()),
                    l.objective() == null ? null : Objective.valueOf(l.objective())));
        }
        return previous;
    }
}
