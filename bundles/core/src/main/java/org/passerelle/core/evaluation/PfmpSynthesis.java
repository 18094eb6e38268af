package org.passerelle.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.passerelle.core.periods.PeriodKind;

/**
 * The synthesis of a learner's periods in company (synthèse des formations en entreprise; DOMAIN.md "Documents"): each
 * period with its dates, weeks, company and tutor, and what its reviews say.
 *
 * @param totalWeeks the weeks of all the periods, as counted per period
 */
public record PfmpSynthesis(long learnerId, String learnerName, String classCode, List<Period> periods, int totalWeeks) {

    /**
     * @param weeks        calendar weeks the period spans (Monday to Sunday)
     * @param meetingDate  the company review's meeting date, null without one (a « Période 1 » has none)
     * @param engagement   its stars (1–4) or null
     * @param levels       how many criteria or competencies the company review gave each level
     * @param attitudes    how many attitudes were given each level (the teacher's where given, else the company's)
     */
    public record Period(long placementId, String name, PeriodKind kind, LocalDate start, LocalDate end, int weeks, String company,
                         String tutorName, LocalDate meetingDate, Integer engagement, Map<SuccessLevel, Integer> levels,
                         Map<SuccessLevel, Integer> attitudes) {
        public Period {
            levels = Map.copyOf(levels);
            attitudes = Map.copyOf(attitudes);
        }
    }

    public PfmpSynthesis {
        periods = List.copyOf(periods);
    }
}
