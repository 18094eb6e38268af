package org.passerelle.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A competency review as printed (issue 12, item 10: « le bilan intermédiaire en PDF avec son radar »).
 *
 * @param title      « Bilan intermédiaire de compétences » or « Bilan des activités en entreprise »
 * @param status     « Finalisé le 01/04/2027 par Paul DURAND » or « Brouillon »
 * @param rows       per competency its line
 * @param mark       the proposed mark with its formula in words, or null (no mark for that kind)
 * @param keptMark   the mark the teacher kept instead, or null
 * @param radarSvg   the radar chart of the last two reviews as an SVG document, or null
 */
public record ReviewSheet(String schoolName, String learnerName, String className, String title, LocalDate date, String status,
                          String referential, List<Row> rows, String findings, String advice, String mark, String keptMark, String radarSvg) {

    /**
     * @param level     the level's symbol (« ++ ») and words, or empty
     * @param objective « objectifs intermédiaires » or « objectifs terminaux », or empty
     * @param previous  the earlier finalised levels, « 12/01/2027 : + », oldest first
     */
    public record Row(String competency, String title, String level, String objective, List<String> previous) {
        public Row {
            previous = List.copyOf(previous);
        }
    }

    public ReviewSheet {
        rows = List.copyOf(rows);
    }
}
