package org.passerelle.core.internal.evaluation;

import javax.persistence.EntityManager;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.organisation.SchoolClassEntity;
import org.passerelle.core.internal.periods.PlacementEntity;

/**
 * The sample data's assessment history (issue 12), so that a newcomer sees a dashboard with columns: two school
 * evaluations of the 1re MELEC (Chloé and Lucas), and Chloé's company review of « PFMP 2 — installations », its levels
 * partly given, on the criteria her teacher selected on her first activity sheet; Lucas's two finalised intermediate
 * reviews (October and December 2026), so that his dashboard shows the boundary and the previous levels and his
 * review the radar of two reviews. Codes of the shipped MELEC 1.0.
 */
public final class SampleAssessment {

    private static final String CRITERIA = "[{\"competency\":\"C2\",\"criterion\":\"C2-1\"},{\"competency\":\"C2\",\"criterion\":\"C2-3\"},"
            + "{\"competency\":\"C3\",\"criterion\":\"C3-1\"},{\"competency\":\"C4\",\"criterion\":null}]";

    private SampleAssessment() {
    }

    public static void history(EntityManager em, SchoolClassEntity melec, PersonEntity teacher, LearnerEntity chloe, LearnerEntity lucas,
                               PlacementEntity chloePlacement, long now) {
        SchoolEvaluationEntity october = school(em, melec, teacher, "TP — câblage d'un tableau de répartition", "2026-10-06", "DISCOVERY", now);
        levels(em, EvaluationEntity.atSchool(chloe, october), teacher, now, "C2", "C2-1", "PARTIAL", "C2", "C2-3", "ACHIEVED_WITH_HELP",
                "C3", "C3-1", "NOT_ACHIEVED", "C4", "", "PARTIAL");
        levels(em, EvaluationEntity.atSchool(lucas, october), teacher, now, "C2", "C2-1", "ACHIEVED_WITH_HELP", "C2", "C2-3", "PARTIAL",
                "C3", "C3-1", "ABSENT", "C4", "", "NOT_ASSESSABLE");
        SchoolEvaluationEntity november = school(em, melec, teacher, "Évaluation — mise en service d'une installation", "2026-11-17", "INTERMEDIATE",
                now);
        levels(em, EvaluationEntity.atSchool(chloe, november), teacher, now, "C2", "C2-1", "ACHIEVED_WITH_HELP", "C2", "C2-3", "ACHIEVED_AUTONOMOUS",
                "C3", "C3-1", "PARTIAL", "C4", "", "ACHIEVED_WITH_HELP");
        levels(em, EvaluationEntity.atSchool(lucas, november), teacher, now, "C2", "C2-1", "ACHIEVED_AUTONOMOUS", "C2", "C2-3", "ACHIEVED_WITH_HELP",
                "C3", "C3-1", "PARTIAL");

        CompanyReviewEntity review = new CompanyReviewEntity(chloePlacement, "2027-03-26");
        review.header("2027-03-26", 3, "Chloé s'est bien intégrée à l'équipe ; elle doit gagner en autonomie pour les repérages.",
                "[\"T2-1\",\"T2-2\"]", "{\"C2\":\"CRITERIA\",\"C4\":\"GLOBAL\"}", teacher, now);
        em.persist(review);
        levels(em, EvaluationEntity.inCompany(review), teacher, now, "C2", "C2-1", "ACHIEVED_AUTONOMOUS", "C4", "", "ACHIEVED_WITH_HELP");

        finalised(em, lucas, teacher, "2026-10-20", "Premiers repérages corrects ; les schémas restent à lire avec aide.",
                "Relire les schémas unifilaires avant chaque TP.", now, "C1", "BEING_ACQUIRED", "C2", "BEING_ACQUIRED", "C3", "NOT_ACQUIRED",
                "C4", "NOT_EVALUATED");
        finalised(em, lucas, teacher, "2026-12-15", "Nette progression sur la préparation et la mise en service.",
                "Gagner en autonomie sur les contrôles avant mise sous tension.", now, "C1", "PARTLY_ACQUIRED", "C2", "ACQUIRED",
                "C3", "BEING_ACQUIRED", "C4", "PARTLY_ACQUIRED");
    }

    /** A finalised intermediate review with its levels (against intermediate objectives) and the mark the formula gives. */
    private static void finalised(EntityManager em, LearnerEntity learner, PersonEntity teacher, String date, String findings, String advice,
                                  long now, String... pairs) {
        IntermediateReviewEntity review = new IntermediateReviewEntity(learner, "INTERMEDIATE", date, "MELEC", "1.0", teacher, now);
        review.edit(date, findings, advice, null, now);
        em.persist(review);
        java.util.List<org.passerelle.core.evaluation.ProposedMark.Level> forMark = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            em.persist(new ReviewLevelEntity(review, pairs[i], pairs[i + 1], "INTERMEDIATE"));
            forMark.add(new org.passerelle.core.evaluation.ProposedMark.Level(pairs[i], 1.0,
                    org.passerelle.core.evaluation.ReviewLevel.valueOf(pairs[i + 1])));
        }
        review.finalise(org.passerelle.core.evaluation.ProposedMark.of(forMark, org.passerelle.core.evaluation.MarkMapping.DEFAULT).mark(),
                "1;2/3;1/3;0", teacher, now);
    }

    private static SchoolEvaluationEntity school(EntityManager em, SchoolClassEntity schoolClass, PersonEntity teacher, String title, String date,
                                                 String complexity, long now) {
        SchoolEvaluationEntity evaluation = new SchoolEvaluationEntity(schoolClass, title, date, complexity, "MELEC", "1.0", CRITERIA, teacher, now);
        em.persist(evaluation);
        return evaluation;
    }

    /** @param triples competency, criterion ('' for the competency as a whole), level; repeated */
    private static void levels(EntityManager em, EvaluationEntity evaluation, PersonEntity teacher, long now, String... triples) {
        em.persist(evaluation);
        for (int i = 0; i < triples.length; i += 3) {
            CriterionResultEntity result = new CriterionResultEntity(evaluation, triples[i], triples[i + 1].isEmpty() ? null : triples[i + 1]);
            result.set(triples[i + 2], teacher, now);
            em.persist(result);
        }
    }
}
