package org.passerelle.core.internal.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.CompetencyReview;
import org.passerelle.core.evaluation.CompetencyReview.Kind;
import org.passerelle.core.evaluation.CompetencyReviewChange;
import org.passerelle.core.evaluation.ReviewLevel;
import org.passerelle.core.evaluation.ReviewService;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.common.Audit;
import org.passerelle.core.internal.common.ReferentialCriteria;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.referential.model.Referential;

/**
 * Writing competency reviews (issue 12, items 7 and 9; guides 004 and 002): a draft saved from its version, finalised by
 * typing CONFIRMATION, then never changed but by the DDFPT's unlock, which the audit log keeps with who and why. Every
 * write holds the review's row.
 */
final class CompetencyReviews {

    static final int MAX_TEXT = 4000;
    static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private final JpaTemplate jpa;
    private final ReferentialRegistry referentials;
    private final CompetencyReviewViews views;
    private final Clock clock;

    CompetencyReviews(JpaTemplate jpa, ReferentialRegistry referentials, CompetencyReviewViews views, Clock clock) {
        this.jpa = jpa;
        this.referentials = referentials;
        this.views = views;
        this.clock = clock;
    }

    CompetencyReview create(Caller caller, long learnerId, Kind kind, LocalDate date) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            LearnerEntity learner = CompetencyReviewViews.learner(em, caller, learnerId);
            Kind given = Validation.present(kind, "kind");
            if (!CompetencyReviewViews.writes(caller, given, learner)) {
                throw DomainException.forbidden("role-not-allowed", caller.role());
            }
            LocalDate day = Validation.present(date, "date");
            em.refresh(learner, LockModeType.PESSIMISTIC_WRITE);
            long drafts = (Long) em.createQuery("SELECT COUNT(r) FROM IntermediateReviewEntity r WHERE r.learner.id = :l AND r.kind = :k"
                    + " AND r.finalised = false").setParameter("l", learnerId).setParameter("k", given.name()).getSingleResult();
            if (drafts > 0) {
                throw DomainException.conflict("review-draft-exists", "kind");
            }
            Referential referential = LearnerReferential.of(em, referentials, learner);
            IntermediateReviewEntity review = new IntermediateReviewEntity(learner, given.name(), day.toString(), referential.code(),
                    referential.version(), em.find(PersonEntity.class, caller.personId()), clock.millis());
            em.persist(review);
            em.flush();
            return views.view(em, caller, review);
        });
    }

    CompetencyReview save(Caller caller, long reviewId, CompetencyReviewChange change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            IntermediateReviewEntity review = writable(em, caller, reviewId);
            CompetencyReviewChange given = Validation.present(change, "body");
            Kind kind = Kind.valueOf(review.kind());
            Referential referential = views.referential(em, review);
            LocalDate date = Validation.present(given.date(), "date");
            // The page sends the whole draft: a missing text or list is a mistake, never "clear it" (an empty one does).
            String findings = text(Validation.present(given.findings(), "findings"), "findings");
            String advice = text(Validation.present(given.advice(), "advice"), "advice");
            BigDecimal kept = kind == Kind.INTERMEDIATE ? mark(given.keptMark()) : null;
            List<CompetencyReviewChange.LevelChange> levels = Validation.present(given.levels(), "levels");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < levels.size(); i++) {
                CompetencyReviewChange.LevelChange l = Validation.present(levels.get(i), "levels[" + i + "]");
                String code = Validation.required(l.competency(), "levels[" + i + "].competency", 32);
                if (ReferentialCriteria.of(referential, code).isEmpty()) {
                    throw DomainException.invalid("unknown-competency", "levels[" + i + "].competency", code, referential.code(), referential.version());
                }
                if (kind == Kind.COMPANY_ACTIVITY && l.level() == ReviewLevel.NOT_EVALUATED) {
                    throw DomainException.invalid("level-not-on-scale", "levels[" + i + "].level", l.level().symbol());
                }
                if (!seen.add(code)) {
                    throw DomainException.invalid("duplicate-result", "levels[" + i + "]", code);
                }
            }
            fresh(em, caller, review, given.version());
            Map<String, ReviewLevelEntity> stored = CompetencyReviewViews.levels(em, reviewId);
            for (CompetencyReviewChange.LevelChange l : levels) {
                String code = l.competency().trim();
                ReviewLevelEntity row = stored.get(code);
                // Stored as given: no objective chosen stays none (finalising asks for it), and NE is set against none.
                String objective = kind == Kind.COMPANY_ACTIVITY || l.level() == ReviewLevel.NOT_EVALUATED || l.objective() == null ? null
                        : l.objective().name();
                if (l.level() == null) {
                    if (row != null) {
                        em.remove(row);
                    }
                } else if (row == null) {
                    em.persist(new ReviewLevelEntity(review, code, l.level().name(), objective));
                } else {
                    row.set(l.level().name(), objective);
                }
            }
            review.edit(date.toString(), findings, advice, kept, clock.millis());
            em.lock(review, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return views.view(em, caller, review);
        });
    }

    CompetencyReview finalise(Caller caller, long reviewId, String confirmation, Integer version) {
        return jpa.txExpr(TransactionType.Required, em -> {
            IntermediateReviewEntity review = writable(em, caller, reviewId);
            if (!ReviewService.CONFIRMATION.equals(confirmation)) {
                throw DomainException.invalid("confirmation-required", "confirmation", ReviewService.CONFIRMATION);
            }
            fresh(em, caller, review, version);
            CompetencyReview now = views.view(em, caller, review);
            if (now.kind() == Kind.INTERMEDIATE && now.levels().stream().allMatch(l -> l.level() == null)) {
                throw DomainException.invalid("review-empty", "levels");
            }
            if (now.kind() == Kind.INTERMEDIATE) {
                for (CompetencyReview.Level l : now.levels()) {
                    if (l.level() != null && l.level() != ReviewLevel.NOT_EVALUATED && l.objective() == null) {
                        throw DomainException.invalid("objective-required", "levels", l.competency());
                    }
                }
            }
            if (now.kind() == Kind.COMPANY_ACTIVITY) {
                Validation.required(review.findings(), "findings", MAX_TEXT);
                Validation.required(review.advice(), "advice", MAX_TEXT);
            }
            PersonEntity by = em.find(PersonEntity.class, caller.personId());
            review.finalise(now.proposedMark(), now.kind() == Kind.INTERMEDIATE ? MarkMappings.text(em, review.learner().establishment().id()) : null,
                    by, clock.millis());
            Audit.record(em, review.learner().establishment().id(), caller.login(), Audit.REVIEW_FINALISED, "review " + reviewId,
                    review.kind() + " " + review.reviewDate(),
                    Audit.text(Audit.REVIEW_FINALISED, now.learnerName(), CompanyReviews.french(review.reviewDate())));
            em.flush();
            return views.view(em, caller, review);
        });
    }

    CompetencyReview unlock(Caller caller, long reviewId, String reason, Integer version) {
        return jpa.txExpr(TransactionType.Required, em -> {
            IntermediateReviewEntity review = CompetencyReviewViews.review(em, caller, reviewId);
            AccessRules.requireRole(caller, Role.DDFPT);
            String why = Validation.required(reason, "reason", 500);
            em.refresh(review, LockModeType.PESSIMISTIC_WRITE);
            if (!review.finalised()) {
                throw DomainException.conflict("review-not-finalised", null);
            }
            if (review.version() != Validation.version(version, "version")) {
                throw DomainException.staleVersion(views.view(em, caller, review));
            }
            review.unlock(clock.millis());
            var person = review.learner().person();
            Audit.record(em, review.learner().establishment().id(), caller.login(), Audit.REVIEW_UNLOCKED, "review " + reviewId, why,
                    Audit.text(Audit.REVIEW_UNLOCKED, person.firstName() + " " + person.familyName(), CompanyReviews.french(review.reviewDate()), why));
            em.flush();
            return views.view(em, caller, review);
        });
    }

    void deleteDraft(Caller caller, long reviewId, Integer version) {
        jpa.tx(TransactionType.Required, em -> {
            IntermediateReviewEntity review = writable(em, caller, reviewId);
            fresh(em, caller, review, version);
            CompetencyReviewViews.levels(em, reviewId).values().forEach(em::remove);
            em.remove(review);
        });
    }

    /** A draft the caller writes, held for the transaction; 409 review-finalised, with the review, for a finalised one. */
    private IntermediateReviewEntity writable(EntityManager em, Caller caller, long reviewId) {
        IntermediateReviewEntity review = CompetencyReviewViews.review(em, caller, reviewId);
        if (!CompetencyReviewViews.writes(caller, Kind.valueOf(review.kind()), review.learner())) {
            throw DomainException.forbidden("role-not-allowed", caller.role());
        }
        em.refresh(review, LockModeType.PESSIMISTIC_WRITE);
        if (review.finalised()) {
            throw DomainException.conflictWith("review-finalised", views.view(em, caller, review));
        }
        return review;
    }

    private void fresh(EntityManager em, Caller caller, IntermediateReviewEntity review, Integer version) {
        if (review.version() != Validation.version(version, "version")) {
            throw DomainException.staleVersion(views.view(em, caller, review));
        }
    }

    private static String text(String value, String field) {
        if (value != null && value.length() > MAX_TEXT) {
            throw DomainException.invalid("too-long", field, MAX_TEXT);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A mark out of 20 in quarter points, or null. */
    private static BigDecimal mark(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(TWENTY) > 0 || value.remainder(QUARTER).signum() != 0) {
            String shown = value.toPlainString();
            throw DomainException.invalid("mark-invalid", "keptMark", shown.length() > 12 ? shown.substring(0, 12) + "…" : shown);
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
