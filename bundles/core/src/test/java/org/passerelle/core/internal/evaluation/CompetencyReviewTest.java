package org.passerelle.core.internal.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.evaluation.CompanyReviewChange;
import org.passerelle.core.evaluation.CompetencyReview;
import org.passerelle.core.evaluation.CompetencyReview.Kind;
import org.passerelle.core.evaluation.CompetencyReview.Objective;
import org.passerelle.core.evaluation.CompetencyReviewChange;
import org.passerelle.core.evaluation.CompetencyReviewChange.LevelChange;
import org.passerelle.core.evaluation.MarkScale;
import org.passerelle.core.evaluation.ResultChange;
import org.passerelle.core.evaluation.ReviewLevel;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.core.internal.followup.FollowUpTestBase;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.Fixtures.Pupil;

/**
 * Intermediate competency reviews and the master's company-activity reviews as their users make them (issue 12, items
 * 7 to 9; guides 004 and 002): a draft, its proposed mark and the one kept, finalised by the exact word, then refused
 * when edited, unlocked by the DDFPT alone (audited), the company reviews it took into account locked.
 */
public class CompetencyReviewTest extends FollowUpTestBase {

    private Pupil melecLearner(Long masterId) {
        long classId = core.fixtures.schoolClass(establishment, core.fixtures.classLevel(establishment, "MELEC"));
        return core.fixtures.learner(establishment, classId, masterId, masterId == null ? LearnerStatus.PUPIL : LearnerStatus.APPRENTICE);
    }

    private static CompetencyReview.Level line(CompetencyReview review, String code) {
        return review.levels().stream().filter(l -> l.competency().equals(code)).findFirst().orElseThrow();
    }

    private static CompetencyReviewChange change(CompetencyReview review, LevelChange... levels) {
        return new CompetencyReviewChange(review.date(), List.of(levels), "Bonne progression.", "Travailler les schémas.", null, review.version());
    }

    @Test
    public void aDraftProposesItsMarkIsFinalisedByTheExactWordThenNeverChangesButByTheDdfpt() {
        Pupil ana = melecLearner(null);
        long placement = placement("MELEC", ana).id();
        core.evaluation.saveCompanyReview(teacher, placement, new CompanyReviewChange(null, List.of(new ResultChange(null, "C1", null,
                SuccessLevel.PARTIAL, 0))));
        CompetencyReview draft = core.reviews.create(teacher, ana.learnerId(), Kind.INTERMEDIATE, LocalDate.of(2027, 6, 1));
        assertEquals("MELEC", draft.referentialCode());
        refused(Category.CONFLICT, "review-draft-exists", () -> core.reviews.create(teacher, ana.learnerId(), Kind.INTERMEDIATE, LocalDate.of(2027, 6, 2)));
        refused(Category.NOT_FOUND, "review-not-found", () -> core.reviews.review(ana.caller(), draft.id()));

        // ++ on C1 (terminal objectives), + on C2, NE on C3: (1 + 2/3) / 2 × 20 = 16.67, rounded to the nearest half: 16.5.
        CompetencyReview saved = core.reviews.save(teacher, draft.id(), change(draft, new LevelChange("C1", ReviewLevel.ACQUIRED, Objective.TERMINAL),
                new LevelChange("C2", ReviewLevel.PARTLY_ACQUIRED, null), new LevelChange("C3", ReviewLevel.NOT_EVALUATED, null)));
        assertEquals(0, new BigDecimal("16.5").compareTo(saved.proposedMark()));
        // Every competency is a term; the mark says it rests on 2 assessed, 1 NE apart, the others not given yet apart.
        assertEquals(saved.levels().size(), saved.markTerms().size());
        assertEquals(2, saved.assessedCount());
        assertEquals(1, saved.notAssessableCount());
        assertEquals(saved.levels().size() - 3, saved.notGivenCount());
        assertNull(saved.markTerms().get(saved.levels().size() - 1).level());
        assertEquals(Objective.TERMINAL, line(saved, "C1").objective());
        assertNull("no objective chosen, none stored", line(saved, "C2").objective());
        assertNull("NE is set against no objective", line(saved, "C3").objective());
        refused(Category.CONFLICT, "stale-version", () -> core.reviews.save(teacher, draft.id(), change(draft)));
        refused(Category.INVALID, "mark-invalid", () -> core.reviews.save(teacher, draft.id(), new CompetencyReviewChange(saved.date(), List.of(),
                "", "", new BigDecimal("21"), saved.version())));
        // A body without its texts or levels is a mistake: refused, nothing cleared.
        assertEquals("levels", refused(Category.INVALID, "required", () -> core.reviews.save(teacher, draft.id(), new CompetencyReviewChange(
                saved.date(), null, saved.findings(), saved.advice(), null, saved.version()))).field());
        assertEquals("findings", refused(Category.INVALID, "required", () -> core.reviews.save(teacher, draft.id(), new CompetencyReviewChange(
                saved.date(), List.of(), null, saved.advice(), null, saved.version()))).field());
        assertEquals("Bonne progression.", core.reviews.review(teacher, draft.id()).findings());
        CompetencyReview kept = core.reviews.save(teacher, draft.id(), new CompetencyReviewChange(saved.date(), List.of(), saved.findings(),
                saved.advice(), new BigDecimal("15.75"), saved.version()));
        assertEquals("both marks kept", 0, new BigDecimal("16.5").compareTo(kept.proposedMark()));
        assertEquals(0, new BigDecimal("15.75").compareTo(kept.keptMark()));

        refused(Category.INVALID, "confirmation-required", () -> core.reviews.finalise(teacher, draft.id(), "confirmation", kept.version()));
        // C2's level was given against no objective: finalising names it; once chosen, the review is finalised.
        assertEquals(List.of("C2"), List.of(refused(Category.INVALID, "objective-required",
                () -> core.reviews.finalise(teacher, draft.id(), "CONFIRMATION", kept.version())).args()));
        CompetencyReview chosen = core.reviews.save(teacher, draft.id(), new CompetencyReviewChange(kept.date(), List.of(new LevelChange("C2",
                ReviewLevel.PARTLY_ACQUIRED, Objective.INTERMEDIATE)), kept.findings(), kept.advice(), kept.keptMark(), kept.version()));
        CompetencyReview finalised = core.reviews.finalise(teacher, draft.id(), "CONFIRMATION", chosen.version());
        assertTrue(finalised.finalised());
        assertFalse(finalised.writable());
        CompetencyReview read = core.reviews.review(ana.caller(), draft.id());
        assertEquals("the learner reads it finalised, with both marks", 0, new BigDecimal("15.75").compareTo(read.keptMark()));
        assertEquals("Bonne progression.", read.findings());
        DomainException closed = refused(Category.CONFLICT, "review-finalised", () -> core.reviews.save(teacher, draft.id(), change(finalised)));
        assertTrue("the refusal carries the review as it stands", ((CompetencyReview) closed.current()).finalised());
        assertTrue("the company review met on the period's last day is taken into account",
                core.evaluation.companyReview(teacher, placement).takenIntoAccount());

        // The DDFPT alone unlocks, saying why; the journal keeps it; the company review is free again.
        refused(Category.FORBIDDEN, "role-not-allowed", () -> core.reviews.unlock(teacher, draft.id(), "Erreur de saisie", finalised.version()));
        Caller ddfpt = core.fixtures.person(Role.DDFPT, establishment);
        refused(Category.INVALID, "required", () -> core.reviews.unlock(ddfpt, draft.id(), " ", finalised.version()));
        CompetencyReview unlocked = core.reviews.unlock(ddfpt, draft.id(), "Niveau de C2 saisi par erreur", finalised.version());
        assertFalse(unlocked.finalised());
        assertFalse(core.evaluation.companyReview(teacher, placement).takenIntoAccount());
        long audited = core.db.jpa().txExpr(org.apache.aries.jpa.template.TransactionType.Supports, em -> (Long) em.createQuery(
                "SELECT COUNT(a) FROM AuditEntryEntity a WHERE a.action = 'REVIEW_UNLOCKED' AND a.actor = :who").setParameter("who", ddfpt.login())
                .getSingleResult());
        assertEquals(1, audited);
        refused(Category.NOT_FOUND, "review-not-found", () -> core.reviews.review(ana.caller(), draft.id()));
    }

    @Test
    public void theMastersCompanyActivityReviewNeedsFindingsAndAdviceAndShowsInTheNextReviewsPreviousLevels() {
        Caller master = core.fixtures.person(Role.MASTER, establishment);
        Pupil yan = melecLearner(master.personId());
        refused(Category.FORBIDDEN, "role-not-allowed", () -> core.reviews.create(teacher, yan.learnerId(), Kind.COMPANY_ACTIVITY, LocalDate.of(2027, 2, 1)));
        refused(Category.NOT_FOUND, "learner-not-found", () -> core.reviews.create(core.fixtures.person(Role.MASTER, establishment), yan.learnerId(),
                Kind.COMPANY_ACTIVITY, LocalDate.of(2027, 2, 1)));
        CompetencyReview draft = core.reviews.create(master, yan.learnerId(), Kind.COMPANY_ACTIVITY, LocalDate.of(2027, 2, 1));
        refused(Category.INVALID, "level-not-on-scale", () -> core.reviews.save(master, draft.id(), change(draft,
                new LevelChange("C1", ReviewLevel.NOT_EVALUATED, null))));
        CompetencyReview blank = core.reviews.save(master, draft.id(), new CompetencyReviewChange(draft.date(), List.of(
                new LevelChange("C1", ReviewLevel.BEING_ACQUIRED, null)), "", "", null, draft.version()));
        assertNull("no mark in a company-activity review", blank.proposedMark());
        refused(Category.INVALID, "required", () -> core.reviews.finalise(master, draft.id(), "CONFIRMATION", blank.version()));
        CompetencyReview filled = core.reviews.save(master, draft.id(), change(blank, new LevelChange("C1", ReviewLevel.BEING_ACQUIRED, null)));
        core.reviews.finalise(master, draft.id(), "CONFIRMATION", filled.version());

        CompetencyReview next = core.reviews.create(teacher, yan.learnerId(), Kind.INTERMEDIATE, LocalDate.of(2027, 6, 1));
        assertEquals(List.of(ReviewLevel.BEING_ACQUIRED), line(next, "C1").previous().stream().map(CompetencyReview.Previous::level).toList());
        assertEquals(2, core.reviews.archive(teacher, yan.learnerId()).size());
        assertEquals("the learner reads the finalised one only", 1, core.reviews.archive(yan.caller(), yan.learnerId()).size());
        assertEquals(List.of(ReviewLevel.BEING_ACQUIRED), core.evaluation.dashboard(teacher, yan.learnerId()).sections().get(0).previousReviews());
    }

    @Test
    public void theEstablishmentsMarkMappingChangesTheProposedMarksOfDrafts() {
        Pupil ana = melecLearner(null);
        Caller ddfpt = core.fixtures.person(Role.DDFPT, establishment);
        MarkScale scale = core.reviews.markScale(teacher, establishment);
        assertEquals("2/3", scale.partlyAcquired());
        assertFalse(scale.custom());
        CompetencyReview draft = core.reviews.create(teacher, ana.learnerId(), Kind.INTERMEDIATE, LocalDate.of(2027, 6, 1));
        CompetencyReview saved = core.reviews.save(teacher, draft.id(), change(draft, new LevelChange("C1", ReviewLevel.PARTLY_ACQUIRED, Objective.INTERMEDIATE)));
        assertEquals("2/3 of 20 = 13.33 → 13.5", 0, new BigDecimal("13.5").compareTo(saved.proposedMark()));

        refused(Category.FORBIDDEN, "role-not-allowed", () -> core.reviews.saveMarkScale(teacher, establishment, new MarkScale("1", "0,5", "0,25", "0", true, 0)));
        refused(Category.INVALID, "mark-mapping-not-decreasing", () -> core.reviews.saveMarkScale(ddfpt, establishment,
                new MarkScale("1", "1/3", "2/3", "0", true, 0)));
        refused(Category.INVALID, "mark-share-invalid", () -> core.reviews.saveMarkScale(ddfpt, establishment, new MarkScale("1", "deux tiers", "0", "0", true, 0)));
        MarkScale mine = core.reviews.saveMarkScale(ddfpt, establishment, new MarkScale("1", "0,5", "0,25", "0", true, 0));
        assertTrue(mine.custom());
        assertEquals("a half of 20", 0, BigDecimal.TEN.compareTo(core.reviews.review(teacher, draft.id()).proposedMark()));
        // Finalised with this mapping, the review keeps its mark and its formula whatever the mapping becomes.
        CompetencyReview finalised = core.reviews.finalise(teacher, draft.id(), "CONFIRMATION", core.reviews.review(teacher, draft.id()).version());
        core.reviews.saveMarkScale(ddfpt, establishment, new MarkScale("1", "3/4", "1/4", "0", true, mine.version()));
        CompetencyReview later = core.reviews.review(teacher, draft.id());
        assertEquals(0, BigDecimal.TEN.compareTo(later.proposedMark()));
        assertEquals(0, new BigDecimal("0.5").compareTo(later.markTerms().get(0).share()));
        assertEquals(finalised.markTerms(), later.markTerms());
        refused(Category.CONFLICT, "stale-version", () -> core.reviews.saveMarkScale(ddfpt, establishment, new MarkScale("1", "0,5", "0,25", "0", true, 0)));
    }
}
