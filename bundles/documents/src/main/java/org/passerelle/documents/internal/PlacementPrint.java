package org.passerelle.documents.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PlacementDocument;

/** Lays out pre-agreements and attendance certificates as XSL-FO: one A4 page sequence per placement. */
final class PlacementPrint {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    private static final String BLANK = "..............................................................";
    private final ResourceBundle labels = ResourceBundle.getBundle("org.passerelle.documents.internal.messages", Locale.FRENCH,
            PlacementPrint.class.getClassLoader());

    /** One pre-agreement per placement; a period without learners gets one page that says so (FOP needs a page). */
    String preAgreements(List<PlacementDocument> placements) {
        FoWriter fo = start();
        if (placements.isEmpty()) {
            page(fo, label("pre.title"));
            fo.block(label("pre.noLearners"), "font-style", "italic", "space-before", "6mm");
            fo.close().close();
        }
        for (PlacementDocument p : placements) {
            page(fo, label("pre.title"));
            fo.block(label("pre.intro"), "font-size", "8.5pt", "color", "#444444", "space-after", "3mm");
            identity(fo, p);
            company(fo, p.place());
            heading(fo, label("pre.objectives"));
            if (p.objectives().isEmpty()) {
                fo.block(label("pre.noObjectives"), "font-style", "italic");
            }
            p.objectives().forEach(o -> fo.block("• " + o, "start-indent", "3mm", "space-after", "0.8mm"));
            heading(fo, label("pre.tasks"));
            if (p.tasks().isEmpty()) {
                fo.block(label("pre.noTasks"), "font-style", "italic");
            }
            for (PlacementDocument.Task t : p.tasks()) {
                fo.open("block", "start-indent", "3mm", "space-after", "0.8mm").inline(t.code() + "  ", "font-weight", "bold").text(t.title()).close();
            }
            hours(fo);
            signatures(fo, List.of(label("pre.signCompany"), label("pre.signSchool"), label("pre.signLearner")));
            fo.close().close();
        }
        return finish(fo);
    }

    String attendanceCertificate(PlacementDocument p) {
        FoWriter fo = start();
        page(fo, label("att.title"));
        fo.block(label("att.intro"), "space-after", "3mm");
        identity(fo, p);
        company(fo, p.place());
        table(fo, new String[][] {{label("att.days"), BLANK}, {label("att.absences"), BLANK}, {label("att.observations"), BLANK}});
        fo.block(label("att.placeDate"), "space-before", "6mm");
        signatures(fo, List.of(label("att.signature")));
        fo.close().close();
        return finish(fo);
    }

    private FoWriter start() {
        FoWriter fo = new FoWriter();
        fo.open("root", "font-family", PdfRenderer.FONT, "font-size", "9.5pt", "line-height", "1.35", "language", "fr");
        fo.open("layout-master-set")
                .open("simple-page-master", "master-name", "A4", "page-height", "297mm", "page-width", "210mm",
                        "margin-top", "14mm", "margin-bottom", "14mm", "margin-left", "16mm", "margin-right", "16mm")
                .empty("region-body")
                .close().close();
        return fo;
    }

    private void page(FoWriter fo, String title) {
        fo.open("page-sequence", "master-reference", "A4").open("flow", "flow-name", "xsl-region-body");
        fo.block(title, "font-size", "15pt", "font-weight", "bold", "color", "#1d4f91", "space-after", "3mm");
    }

    private static String finish(FoWriter fo) {
        fo.close();
        return fo.finish();
    }

    private void identity(FoWriter fo, PlacementDocument p) {
        table(fo, new String[][] {
            {label("doc.establishment"), p.establishmentName() + " (" + label("doc.uai") + " " + p.establishmentUai() + ")"
                    + (p.establishmentAddress() == null ? "" : ", " + p.establishmentAddress())},
            {label("doc.learner"), p.learnerName() + ", " + label("doc.born") + " " + DATE.format(p.learnerBirthDate())},
            {label("doc.class"), p.classCode() == null ? "" : p.classCode()},
            {label("doc.period"), p.periodName() + " (" + label("kind." + p.kind().name()) + "), " + label("doc.from") + " " + date(p.startDate())
                    + " " + label("doc.to") + " " + date(p.endDate())},
            {label("doc.referential"), p.referential()},
        });
    }

    private void company(FoWriter fo, LiaisonPlace place) {
        heading(fo, label("doc.company"));
        table(fo, new String[][] {
            {label("doc.companyName"), orBlank(place.companyName())},
            {label("doc.sector"), orBlank(place.sector())},
            {label("doc.service"), orBlank(place.service())},
            {label("doc.address"), orBlank(place.address())},
            {label("doc.phone"), orBlank(place.phone())},
            {label("doc.tutor"), orBlank(place.tutorName())},
            {label("doc.tutorFunction"), orBlank(place.tutorFunction())},
            {label("doc.tutorPhone"), orBlank(place.tutorPhone())},
            {label("doc.tutorEmail"), orBlank(place.tutorEmail())},
        });
    }

    private void hours(FoWriter fo) {
        heading(fo, label("pre.hours"));
        String[] days = label("pre.days").split(",");
        String[][] rows = new String[days.length + 1][];
        rows[0] = new String[] {label("pre.day"), label("pre.morning"), label("pre.afternoon")};
        for (int i = 0; i < days.length; i++) {
            rows[i + 1] = new String[] {days[i], "....h.... à ....h....", "....h.... à ....h...."};
        }
        table(fo, rows);
    }

    private void signatures(FoWriter fo, List<String> who) {
        heading(fo, label("pre.signatures"));
        fo.open("table", "table-layout", "fixed", "width", "100%");
        who.forEach(w -> fo.empty("table-column", "column-width", "proportional-column-width(1)"));
        fo.open("table-body").open("table-row", "height", "24mm");
        for (String w : who) {
            fo.open("table-cell", "border", "0.5pt solid #888888", "padding", "1.5mm").block(w, "font-size", "8.5pt").close();
        }
        fo.close().close().close();
    }

    private void heading(FoWriter fo, String text) {
        fo.block(text, "font-size", "11.5pt", "font-weight", "bold", "color", "#1d4f91", "space-before", "4mm", "space-after", "1.5mm",
                "keep-with-next.within-page", "always");
    }

    private static void table(FoWriter fo, String[][] rows) {
        fo.open("table", "table-layout", "fixed", "width", "100%", "space-after", "2mm")
                .empty("table-column", "column-width", "48mm").empty("table-column", "column-width", "proportional-column-width(1)");
        if (rows.length > 0 && rows[0].length == 3) {
            fo.empty("table-column", "column-width", "proportional-column-width(1)");
        }
        fo.open("table-body");
        for (String[] row : rows) {
            fo.open("table-row");
            for (int i = 0; i < row.length; i++) {
                fo.open("table-cell", "padding", "0.8mm", "border-bottom", "0.3pt solid #cccccc")
                        .block(row[i], i == 0 ? new String[] {"font-weight", "bold", "color", "#444444"} : new String[0]).close();
            }
            fo.close();
        }
        fo.close().close();
    }

    private String orBlank(String value) {
        return value == null || value.isBlank() ? BLANK + " (" + label("doc.toComplete") + ")" : value;
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private String label(String key) {
        return labels.getString(key);
    }
}
