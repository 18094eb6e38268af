package org.passerelle.core.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The company review (bilan entreprise) of one placement of a {@code PERIOD_2} or {@code OTHER} period (DOMAIN.md
 * "Evaluation", guide 000): filled jointly by the teacher and the tutor or master, saved criterion by criterion.
 *
 * <p>Until its first save it exists only as read: {@code version} 0, meeting date the period's last day. The
 * competencies and criteria the teacher selected on the period's activity sheets are always among its
 * {@code results} (level null until someone sets one), each with the numbers of the {@code sheets} it came from.
 *
 * @param className     the learner's class code now, null when they left
 * @param tutorName     the tutor as the liaison sheet names them, else the apprentice's master, or null
 * @param meetingDate   the meeting with the tutor or master; places the review in the learner's chronology
 * @param engagement    the learner's engagement on 4 stars (1–4), null when not given
 * @param plannedTasks  the placement's tasks (its liaison sheet's), offered first to tick
 * @param tasks         codes of the tasks performed in the period, of the review's referential version
 * @param modes         per competency code assessed, how: as a whole or by criteria (the one saved, else the one its levels
 *                      or selections show: by criteria when a criterion has a level)
 * @param results       one per competency (as a whole, {@code criterion} null) or criterion assessed or selected, in either
 *                      mode: a level of the mode a competency is no longer assessed in stays stored and listed, so that
 *                      switching back shows it again; only {@link #inForce()} is shown, printed and counted
 * @param sheets        the placement's activity sheets that selected something, numbered from 1 as the review cites them
 * @param takenIntoAccount true once a finalised intermediate review took it into account: it can no longer change
 * @param writable      whether this caller may change it now
 * @param updatedBy     who saved the header last (« Prénom NOM »), null before
 * @param version       the header's version (meeting date, engagement, comment, tasks, modes); 0 before the first save
 */
public record CompanyReview(long placementId, long learnerId, String learnerName, String className, String periodName, LocalDate periodStart,
                            LocalDate periodEnd, String company, String tutorName, String referentialCode, String referentialVersion,
                            LocalDate meetingDate, Integer engagement, String comment, List<String> plannedTasks, List<String> tasks,
                            Map<String, Mode> modes,
                            List<CriterionResult> results, List<SheetReference> sheets, boolean takenIntoAccount, boolean writable,
                            Instant updatedAt, String updatedBy, int version) {

    /** How a competency is assessed in the review (guide 000: « compétence globale ou indicateurs d'évaluation »). */
    public enum Mode {
        GLOBAL, CRITERIA;

        /**
         * Whether a level on this criterion (null: the competency as a whole) is of this mode, so in force: the one rule
         * the review's view, its printed grid, the dashboard and the PFMP synthesis apply.
         */
        public boolean holds(String criterion) {
            return this == GLOBAL ? criterion == null : criterion != null;
        }
    }

    /**
     * The results in force: those of the mode their competency is assessed in ({@link Mode#holds}). A level of the
     * other mode — kept when the mode was switched, or set in the same save as the switch — is stored but neither
     * shown, printed nor counted.
     */
    public List<CriterionResult> inForce() {
        return results.stream().filter(r -> modes.getOrDefault(r.competency(), Mode.GLOBAL).holds(r.criterion())).toList();
    }

    /** An activity sheet a result came from, as the review cites it: « [1] Fiche 1 ». */
    public record SheetReference(int number, long sheetId, String title) {
    }

    public CompanyReview {
        plannedTasks = List.copyOf(plannedTasks);
        tasks = List.copyOf(tasks);
        modes = Map.copyOf(modes);
        results = List.copyOf(results);
        sheets = List.copyOf(sheets);
    }
}
