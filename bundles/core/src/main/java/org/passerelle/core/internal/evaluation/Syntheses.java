package org.passerelle.core.internal.evaluation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.PfmpSynthesis;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.organisation.ClassLevelEntity;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.security.Caller;

/**
 * The synthesis of the periods in company (issue 12, item 11): per learner, their placements of periods not deleted,
 * oldest first, with their weeks, company and tutor, and the counts of the levels their company and attitudes reviews
 * gave (of a company review, the levels in force: {@link LevelsInForce}); for a class level, every learner of its classes.
 */
final class Syntheses {

    private final JpaTemplate jpa;

    Syntheses(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    PfmpSynthesis learner(Caller caller, long learnerId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> of(em, CompetencyReviewViews.learner(em, caller, learnerId)));
    }

    List<PfmpSynthesis> level(Caller caller, long classLevelId) {
        AccessRules.requireRole(caller, org.passerelle.core.security.Role.ADMIN, org.passerelle.core.security.Role.DDFPT,
                org.passerelle.core.security.Role.TEACHER);
        return jpa.txExpr(TransactionType.Supports, em -> {
            ClassLevelEntity level = em.find(ClassLevelEntity.class, classLevelId);
            if (level == null || !AccessRules.sees(caller, level.establishment().id())) {
                throw DomainException.notFound("class-level-not-found", classLevelId);
            }
            List<LearnerEntity> learners = new ArrayList<>(em.createQuery("SELECT l FROM LearnerEntity l WHERE l.schoolClass.classLevel.id = :c",
                    LearnerEntity.class).setParameter("c", classLevelId).getResultList());
            learners.sort(Comparator.comparing((LearnerEntity l) -> l.schoolClass().code()).thenComparing(l -> l.person().familyName())
                    .thenComparing(l -> l.person().firstName()));
            return learners.stream().map(l -> of(em, l)).toList();
        });
    }

    private static PfmpSynthesis of(EntityManager em, LearnerEntity learner) {
        List<PlacementEntity> placements = new ArrayList<>(em.createQuery("SELECT p FROM PlacementEntity p WHERE p.learner.id = :l"
                + " AND p.period.deletedAt = 0", PlacementEntity.class).setParameter("l", learner.id()).getResultList());
        placements.sort(Comparator.comparing((PlacementEntity p) -> p.period().startDate()).thenComparingLong(PlacementEntity::id));
        Map<Long, CompanyReviewEntity> reviews = new HashMap<>();
        em.createQuery("SELECT c FROM CompanyReviewEntity c WHERE c.placement.learner.id = :l", CompanyReviewEntity.class)
                .setParameter("l", learner.id()).getResultList().forEach(c -> reviews.put(c.placement().id(), c));
        // Per placement its review's levels given: {competency, criterion or null, level}; only those in force are counted.
        Map<Long, List<String[]>> given = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.placement.id, r.competency, r.criterion, r.level FROM CriterionResultEntity r JOIN r.evaluation e"
                + " JOIN e.companyReview c WHERE e.learner.id = :l AND r.level IS NOT NULL", Object[].class).setParameter("l", learner.id()).getResultList()) {
            String criterion = (String) row[2];
            given.computeIfAbsent(((Number) row[0]).longValue(), p -> new ArrayList<>())
                    .add(new String[] {(String) row[1], criterion.isEmpty() ? null : criterion, (String) row[3]});
        }
        Map<Long, Map<SuccessLevel, Integer>> levels = new HashMap<>();
        given.forEach((placement, rows) -> {
            Map<SuccessLevel, Integer> counts = levels.computeIfAbsent(placement, p -> new EnumMap<>(SuccessLevel.class));
            LevelsInForce.of(Json.modes(reviews.get(placement).modes()), rows, r -> r[0], r -> r[1]).forEach(r -> count(counts, r[2]));
        });
        Map<Long, Map<String, String>> attitudes = new HashMap<>();
        for (AttitudeResultEntity a : em.createQuery("SELECT a FROM AttitudeResultEntity a WHERE a.placement.learner.id = :l AND a.level IS NOT NULL",
                AttitudeResultEntity.class).setParameter("l", learner.id()).getResultList()) {
            // The teacher's level where given (completed or corrected), else the company's.
            attitudes.computeIfAbsent(a.placement().id(), p -> new HashMap<>()).merge(a.attitude(), a.side() + ":" + a.level(),
                    (x, y) -> x.startsWith("SCHOOL") ? x : y);
        }
        List<PfmpSynthesis.Period> periods = new ArrayList<>();
        int total = 0;
        for (PlacementEntity p : placements) {
            LocalDate start = LocalDate.parse(p.period().startDate());
            LocalDate end = LocalDate.parse(p.period().endDate());
            int weeks = (int) ChronoUnit.WEEKS.between(start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    end.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1));
            total += weeks;
            CompanyReviewEntity review = reviews.get(p.id());
            Map<SuccessLevel, Integer> attitudeCounts = new EnumMap<>(SuccessLevel.class);
            attitudes.getOrDefault(p.id(), Map.of()).values().forEach(v -> count(attitudeCounts, v.substring(v.indexOf(':') + 1)));
            String tutor = p.place().tutorName() != null ? p.place().tutorName()
                    : learner.master() != null ? learner.master().firstName() + " " + learner.master().familyName() : null;
            periods.add(new PfmpSynthesis.Period(p.id(), p.period().name(), p.period().kind(), start, end, weeks, p.place().companyName(), tutor,
                    review == null ? null : LocalDate.parse(review.meetingDate()), review == null || review.updatedAt() == 0 ? null : review.engagement(),
                    levels.getOrDefault(p.id(), Map.of()), attitudeCounts));
        }
        var person = learner.person();
        return new PfmpSynthesis(learner.id(), person.firstName() + " " + person.familyName(),
                learner.schoolClass() == null ? null : learner.schoolClass().code(), periods, total);
    }

    private static void count(Map<SuccessLevel, Integer> counts, String level) {
        counts.merge(SuccessLevel.valueOf(level), 1, Integer::sum);
    }
}
