package org.passerelle.documents.internal;

import java.util.List;
import org.passerelle.documents.MeetingGrid;

/**
 * The company review's printable grid as XSL-FO (guide 000, « Préparer la rencontre »): the same rows as the online
 * review, each with the six levels of the success scale as boxes, the levels already given ticked (those in force, of
 * each competency's mode), the engagement stars and the comment already given printed, so that the grid filled during
 * the visit is copied in later row by row.
 */
final class MeetingGridPrint {

    /** The success scale in the order the guides list it, with its colours (DOMAIN.md); printed with the mark as well. */
    static final List<String[]> LEVELS = List.of(
            new String[] {"NOT_ACHIEVED", "0", "#c62828"}, new String[] {"PARTIAL", "1", "#ef6c00"},
            new String[] {"ACHIEVED_WITH_HELP", "2", "#9ccc65"}, new String[] {"ACHIEVED_AUTONOMOUS", "3", "#2e7d32"},
            new String[] {"NOT_ASSESSABLE", "NE", "#1e88e5"}, new String[] {"ABSENT", "ABS", "#757575"});

    private final DocumentLayout layout = new DocumentLayout();

    String meetingGrid(MeetingGrid grid) {
        FoWriter fo = layout.start();
        layout.page(fo, label("grid.title"), label("grid.title") + " — " + grid.learnerName() + " — " + grid.periodName(), null);
        layout.table(fo, new String[][] {
            {label("grid.learner"), grid.learnerName() + (grid.className() == null ? "" : " (" + grid.className() + ")")},
            {label("grid.period"), grid.periodName() + ", du " + DocumentLayout.date(grid.periodStart()) + " au " + DocumentLayout.date(grid.periodEnd())},
            {label("grid.company"), layout.orBlank(grid.company())},
            {label("grid.tutor"), layout.orBlank(grid.tutorName())},
            {label("grid.referential"), grid.referential() + (grid.schoolName() == null ? "" : " — " + grid.schoolName())},
        });
        tasks(fo, grid.tasks());
        layout.heading(fo, label("grid.competencies"));
        fo.block(label("grid.howTo"), "font-size", "8.5pt", "font-style", "italic", "space-after", "1.5mm");
        legend(fo);
        for (MeetingGrid.Section section : grid.sections()) {
            section(fo, section);
        }
        if (!grid.sheets().isEmpty()) {
            fo.block(label("grid.sheetsCited"), "font-weight", "bold", "space-before", "2mm", "font-size", "8.5pt");
            grid.sheets().forEach(s -> fo.block(s, "font-size", "8.5pt", "start-indent", "3mm"));
        }
        layout.heading(fo, label("grid.engagement"));
        fo.block(stars(grid.engagement()), "font-size", "10pt");
        layout.table(fo, new String[][] {{label("grid.meetingDate"), DocumentLayout.date(grid.meetingDate()) + "   (" + DocumentLayout.BLANK + ")"}});
        // The comment and the signatures on one page: the signers never sign a page holding only a dotted line.
        fo.open("block", "keep-together.within-page", "always");
        layout.heading(fo, label("grid.comment"));
        if (grid.comment() == null || grid.comment().isBlank()) {
            layout.textOrLines(fo, null, 4);
        } else {
            layout.textOrLines(fo, grid.comment(), 0);
            fo.block(label("grid.commentMore"), "font-style", "italic", "font-size", "8.5pt", "color", "#555555", "space-before", "1.5mm");
            layout.lines(fo, 2);
        }
        layout.signatures(fo, List.of(label("grid.signTutor"), label("grid.signTeacher")), -1, null);
        fo.close();
        layout.endPage(fo);
        return layout.finish(fo);
    }

    /** The stars already given, filled then empty, with their count in words (« ★★★☆  3 sur 4 »); else the four boxes. */
    private String stars(Integer given) {
        if (given == null) {
            return label("grid.stars");
        }
        return "★".repeat(given) + "☆".repeat(4 - given) + "   " + given + " " + label("grid.starsOutOf");
    }

    private void tasks(FoWriter fo, List<MeetingGrid.Task> tasks) {
        layout.heading(fo, label("grid.tasks"));
        if (tasks.isEmpty()) {
            fo.block(label("grid.noTasks"), "font-style", "italic", "font-size", "8.5pt");
            layout.textOrLines(fo, null, 2);
            return;
        }
        for (MeetingGrid.Task task : tasks) {
            fo.block((task.performed() ? "☒ " : "☐ ") + task.code() + " " + task.title(), "font-size", "8.5pt", "start-indent", "2mm");
        }
    }

    /** The six levels, each its colour swatch with its mark and its words: read without the colours too. */
    private void legend(FoWriter fo) {
        fo.open("table", "table-layout", "fixed", "width", "100%", "space-after", "2mm", "font-size", "7.5pt");
        fo.empty("table-column", "column-width", "proportional-column-width(1)").empty("table-column", "column-width", "proportional-column-width(1)");
        fo.open("table-body");
        for (int i = 0; i < LEVELS.size(); i += 2) {
            fo.open("table-row");
            for (int j = i; j < i + 2; j++) {
                String[] level = LEVELS.get(j);
                fo.open("table-cell", "padding", "0.5mm").open("block")
                        .inline(" " + level[1] + " ", "background-color", level[2], "color", j == 2 ? "#000000" : "#ffffff", "font-weight", "bold")
                        .text(" " + label("grid.level." + level[0])).close().close();
            }
            fo.close();
        }
        fo.close().close();
    }

    private void section(FoWriter fo, MeetingGrid.Section section) {
        fo.open("table", "table-layout", "fixed", "width", "100%", "space-before", "2mm", "font-size", "8pt", "border-bottom", "0.3pt solid #999999");
        fo.empty("table-column", "column-width", "proportional-column-width(1)");
        LEVELS.forEach(l -> fo.empty("table-column", "column-width", "9mm"));
        fo.open("table-header").open("table-row", "keep-with-next.within-page", "always");
        fo.open("table-cell", "padding", "0.8mm").block(section.code() + " " + section.title(), "font-weight", "bold", "color", DocumentLayout.BLUE).close();
        for (int i = 0; i < LEVELS.size(); i++) {
            String[] level = LEVELS.get(i);
            fo.open("table-cell", "padding", "0.5mm", "display-align", "after", "text-align", "center")
                    .block(level[1], "font-weight", "bold", "background-color", level[2], "color", i == 2 ? "#000000" : "#ffffff").close();
        }
        fo.close().close();
        fo.open("table-body");
        for (MeetingGrid.Row row : section.rows()) {
            fo.open("table-row", "keep-together.within-page", "always");
            fo.open("table-cell", "padding", "0.8mm", "border-top", "0.3pt solid #cccccc")
                    .block(row.label() + (row.sheets() == null || row.sheets().isEmpty() ? "" : "  " + row.sheets())).close();
            for (String[] level : LEVELS) {
                fo.open("table-cell", "padding", "0.5mm", "border-top", "0.3pt solid #cccccc", "text-align", "center", "display-align", "center")
                        .block(level[0].equals(row.level()) ? "☒" : "☐", "font-size", "11pt").close();
            }
            fo.close();
        }
        fo.close().close();
    }

    private String label(String key) {
        return layout.label(key);
    }
}
