package org.passerelle.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What the printed grid of a company review holds (« Préparer la rencontre », guide 000): to fill on paper during the
 * company visit and copy into the online review later.
 *
 * @param meetingDate the meeting date as the review says it (the period's last day by default)
 * @param engagement  the engagement stars already given (1–4), printed as given; null: the four boxes to tick
 * @param comment     the comment already saved, printed before the dotted lines left to write more; null when none
 * @param tasks       the tasks the review lists, {@code performed} ticked when already chosen
 * @param sections    per competency assessed, its rows in its mode: the competency as a whole or its criteria
 * @param sheets      the activity sheets the rows cite, « [1] Titre », in their order
 */
public record MeetingGrid(String schoolName, String learnerName, String className, String periodName, LocalDate periodStart, LocalDate periodEnd,
                          String company, String tutorName, String referential, LocalDate meetingDate, Integer engagement, String comment,
                          List<Task> tasks, List<Section> sections, List<String> sheets) {

    public record Task(String code, String title, boolean performed) {
    }

    /** A competency: its code and title, and its rows (one, itself, when assessed as a whole). */
    public record Section(String code, String title, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row to tick: its label (« C2-1 Les matériels sont … », with « [MSPC] C1.5 » before a family's criterion), the
     * sheets it came from (« [1] [2] », or empty), and the level already given (a {@code SuccessLevel} name, ticked on
     * paper), or null.
     */
    public record Row(String label, String sheets, String level) {
    }

    public MeetingGrid {
        tasks = List.copyOf(tasks);
        sections = List.copyOf(sections);
        sheets = List.copyOf(sheets);
    }

    /** A grid with no stars nor comment given yet (the constructor of 1.4.0). */
    public MeetingGrid(String schoolName, String learnerName, String className, String periodName, LocalDate periodStart, LocalDate periodEnd,
                       String company, String tutorName, String referential, LocalDate meetingDate, List<Task> tasks, List<Section> sections,
                       List<String> sheets) {
        this(schoolName, learnerName, className, periodName, periodStart, periodEnd, company, tutorName, referential, meetingDate, null, null,
                tasks, sections, sheets);
    }
}
