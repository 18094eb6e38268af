package org.passerelle.documents.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.passerelle.documents.ReviewSheet;

/** A competency review as XSL-FO: the levels table, findings and advice, marks, and the radar chart as an SVG image. */
final class ReviewPrint {

    private final DocumentLayout layout = new DocumentLayout();

    String review(ReviewSheet review) {
        FoWriter fo = layout.start();
        layout.page(fo, review.title(), review.title() + " — " + review.learnerName() + " — " + DocumentLayout.date(review.date()), null);
        layout.table(fo, new String[][] {
            {label("review.learner"), review.learnerName() + (review.className() == null ? "" : " (" + review.className() + ")")},
            {label("review.date"), DocumentLayout.date(review.date())},
            {label("review.status"), review.status()},
            {label("review.referential"), review.referential() + (review.schoolName() == null ? "" : " — " + review.schoolName())},
        });
        layout.heading(fo, label("review.levels"));
        fo.open("table", "table-layout", "fixed", "width", "100%", "font-size", "8pt", "space-after", "2mm");
        fo.empty("table-column", "column-width", "proportional-column-width(3)").empty("table-column", "column-width", "proportional-column-width(2)")
                .empty("table-column", "column-width", "proportional-column-width(2)").empty("table-column", "column-width", "proportional-column-width(2)");
        fo.open("table-header").open("table-row");
        for (String h : new String[] {"review.competency", "review.level", "review.objective", "review.previous"}) {
            fo.open("table-cell", "padding", "0.8mm", "border-bottom", "0.5pt solid #888888").block(label(h), "font-weight", "bold").close();
        }
        fo.close().close().open("table-body");
        for (ReviewSheet.Row row : review.rows()) {
            fo.open("table-row", "keep-together.within-page", "always");
            cell(fo, row.competency() + " " + row.title());
            cell(fo, row.level());
            cell(fo, row.objective());
            cell(fo, String.join("\n", row.previous()));
            fo.close();
        }
        fo.close().close();
        if (review.mark() != null) {
            layout.heading(fo, label("review.mark"));
            fo.block(review.mark(), "linefeed-treatment", "preserve");
            if (review.keptMark() != null) {
                fo.block(review.keptMark(), "font-weight", "bold", "space-before", "1mm");
            }
        }
        layout.heading(fo, label("review.findings"));
        layout.textOrLines(fo, review.findings(), 3);
        layout.heading(fo, label("review.advice"));
        layout.textOrLines(fo, review.advice(), 3);
        if (review.radarSvg() != null) {
            fo.open("block", "keep-together.within-page", "always", "text-align", "center", "space-before", "3mm");
            fo.empty("external-graphic", "src", "url('data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(review.radarSvg().getBytes(StandardCharsets.UTF_8)) + "')",
                    "content-width", "scale-down-to-fit", "content-height", "scale-down-to-fit", "width", "120mm", "height", "135mm", "scaling", "uniform");
            fo.close();
        }
        layout.endPage(fo);
        return layout.finish(fo);
    }

    private static void cell(FoWriter fo, String text) {
        fo.open("table-cell", "padding", "0.8mm", "border-bottom", "0.3pt solid #cccccc").block(text == null ? "" : text, "linefeed-treatment", "preserve")
                .close();
    }

    private String label(String key) {
        return layout.label(key);
    }
}
