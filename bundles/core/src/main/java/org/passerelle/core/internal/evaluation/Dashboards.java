package org.passerelle.core.internal.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.evaluation.CompanyReview;
import org.passerelle.core.evaluation.Dashboard;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;
import org.passerelle.referential.model.Referential;

/**
 * A learner's dashboard (issue 12, item 6): two reads, the columns (their evaluations) and every level given to them,
 * then {@link DashboardGrid}. A three-year history is about 9,000 levels; both reads go through EVALUATION's learner
 * index. A company review of a deleted period is left out, as the period is; of a company review, only the levels in
 * force ({@link LevelsInForce}: those of each competency's mode) are shown.
 */
final class Dashboards {

    private final JpaTemplate jpa;
    private final ReferentialRegistry referentials;

    Dashboards(JpaTemplate jpa, ReferentialRegistry referentials) {
        this.jpa = jpa;
        this.referentials = referentials;
    }

    /** The activity view, in the same referential version as the competency view. */
    org.passerelle.core.evaluation.ActivityView activities(Caller caller, long learnerId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            LearnerEntity learner = CompetencyReviewViews.learner(em, caller, learnerId);
            return ActivityGrid.build(referential(em, learner), new ActivityMarks(referentials).of(em, learnerId));
        });
    }

    Dashboard dashboard(Caller caller, long learnerId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            LearnerEntity learner = CompetencyReviewViews.learner(em, caller, learnerId);
            List<Dashboard.Column> columns = columns(em, learnerId);
            List<Dashboard.Result> all = new ArrayList<>();
            for (Object[] row : em.createQuery("SELECT r.evaluation.id, r.competency, r.criterion, r.level FROM CriterionResultEntity r"
                    + " WHERE r.evaluation.learner.id = :l AND r.level IS NOT NULL", Object[].class).setParameter("l", learnerId).getResultList()) {
                String criterion = (String) row[2];
                all.add(new Dashboard.Result(((Number) row[0]).longValue(), (String) row[1], criterion.isEmpty() ? null : criterion,
                        SuccessLevel.valueOf((String) row[3])));
            }
            String lastReview = Locks.lastFinalisedReview(em, learnerId);
            return DashboardGrid.build(referential(em, learner), columns, inForce(em, learnerId, all), lastReview == null ? null : LocalDate.parse(lastReview),
                    previousReviews(em, learnerId));
        });
    }

    /** The levels of school evaluations, and of each company review those in force ({@link LevelsInForce}). */
    private static List<Dashboard.Result> inForce(EntityManager em, long learnerId, List<Dashboard.Result> all) {
        Map<Long, Map<String, CompanyReview.Mode>> modes = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.id, c.modes FROM EvaluationEntity e JOIN e.companyReview c WHERE e.learner.id = :l",
                Object[].class).setParameter("l", learnerId).getResultList()) {
            modes.put(((Number) row[0]).longValue(), Json.modes((String) row[1]));
        }
        Map<Long, List<Dashboard.Result>> byEvaluation = new LinkedHashMap<>();
        all.forEach(r -> byEvaluation.computeIfAbsent(r.evaluationId(), e -> new ArrayList<>()).add(r));
        List<Dashboard.Result> results = new ArrayList<>(all.size());
        byEvaluation.forEach((evaluation, levels) -> results.addAll(modes.containsKey(evaluation)
                ? LevelsInForce.of(modes.get(evaluation), levels, Dashboard.Result::competency, Dashboard.Result::criterion) : levels));
        return results;
    }

    private static List<Dashboard.Column> columns(EntityManager em, long learnerId) {
        List<Dashboard.Column> columns = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT e.id, s.date, s.complexity, s.title FROM EvaluationEntity e JOIN e.schoolEvaluation s"
                + " WHERE e.learner.id = :l", Object[].class).setParameter("l", learnerId).getResultList()) {
            columns.add(new Dashboard.Column(((Number) row[0]).longValue(), Dashboard.Source.SCHOOL, Dashboard.Complexity.valueOf((String) row[2]),
                    LocalDate.parse((String) row[1]), (String) row[3]));
        }
        for (Object[] row : em.createQuery("SELECT e.id, c.meetingDate, p.name FROM EvaluationEntity e JOIN e.companyReview c"
                + " JOIN c.placement pl JOIN pl.period p WHERE e.learner.id = :l AND p.deletedAt = 0", Object[].class)
                .setParameter("l", learnerId).getResultList()) {
            columns.add(new Dashboard.Column(((Number) row[0]).longValue(), Dashboard.Source.COMPANY, null, LocalDate.parse((String) row[1]),
                    (String) row[2]));
        }
        return columns;
    }

    /** Per competency, the levels of the learner's finalised reviews (intermediate and company-activity), oldest first. */
    private static Map<String, List<org.passerelle.core.evaluation.ReviewLevel>> previousReviews(EntityManager em, long learnerId) {
        Map<String, List<org.passerelle.core.evaluation.ReviewLevel>> previous = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT l.competency, l.level FROM ReviewLevelEntity l WHERE l.review.learner.id = :l"
                + " AND l.review.finalised = true ORDER BY l.review.reviewDate, l.review.id", Object[].class).setParameter("l", learnerId).getResultList()) {
            previous.computeIfAbsent((String) row[0], c -> new ArrayList<>()).add(org.passerelle.core.evaluation.ReviewLevel.valueOf((String) row[1]));
        }
        return previous;
    }

    private Referential referential(EntityManager em, LearnerEntity learner) {
        return LearnerReferential.of(em, referentials, learner);
    }
}
