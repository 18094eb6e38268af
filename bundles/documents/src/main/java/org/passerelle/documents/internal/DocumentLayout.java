package org.passerelle.documents.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.passerelle.core.periods.PlacementDocument;

/**
 * What the placement documents share: the A4 page with the establishment's logo at the top and, at the bottom of every
 * page, the document, the learner, the period and « page n sur N » (so that a page signed apart from the others still
 * says what it belongs to); tables of labelled values; blank lines where a value is missing; the signature boxes, kept
 * on the page of the content they sign, with the establishment's stamp in its box.
 */
class DocumentLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    static final String BLANK = "..............................................................";
    static final String BLUE = "#1d4f91";

    private final ResourceBundle labels = ResourceBundle.getBundle("org.passerelle.documents.internal.messages", Locale.FRENCH,
            DocumentLayout.class.getClassLoader());

    FoWriter start() {
        FoWriter fo = new FoWriter();
        fo.open("root", "font-family", PdfRenderer.FONT_FAMILY, "font-size", "9.5pt", "line-height", "1.35", "language", "fr");
        fo.open("layout-master-set")
                .open("simple-page-master", "master-name", "A4", "page-height", "297mm", "page-width", "210mm",
                        "margin-top", "12mm", "margin-bottom", "8mm", "margin-left", "16mm", "margin-right", "16mm")
                .empty("region-body", "margin-bottom", "12mm")
                .empty("region-after", "extent", "8mm")
                .close().close();
        return fo;
    }

    /**
     * Opens a page sequence for one learner's document: pages numbered from 1, the footer naming the document, the
     * learner and the period, then the establishment's header and the title. Close with {@link #endPage}.
     */
    void page(FoWriter fo, String title, PlacementDocument p) {
        page(fo, title, p == null ? title : title + " — " + p.learner().name() + " — " + p.periodName(), p);
    }

    /** The same with this footer. */
    void page(FoWriter fo, String title, String footer, PlacementDocument p) {
        String id = fo.nextId("doc-");
        fo.open("page-sequence", "master-reference", "A4", "initial-page-number", "1", "id", id);
        fo.open("static-content", "flow-name", "xsl-region-after")
                .open("block", "font-size", "7.5pt", "color", "#555555", "text-align-last", "justify", "border-top", "0.3pt solid #bbbbbb",
                        "padding-top", "1mm")
                .text(footer).empty("leader", "leader-pattern", "space").text(label("doc.page") + " ").empty("page-number")
                .text(" " + label("doc.pageOf") + " ").empty("page-number-citation-last", "ref-id", id)
                .close().close();
        fo.open("flow", "flow-name", "xsl-region-body");
        if (p != null) {
            header(fo, p.school());
        }
        fo.block(title, "font-size", "15pt", "font-weight", "bold", "color", BLUE, "space-after", "3mm");
    }

    void endPage(FoWriter fo) {
        fo.close().close();
    }

    String finish(FoWriter fo) {
        fo.close();
        return fo.finish();
    }

    /** The logo (when uploaded) beside the establishment's name, UAI and address. */
    private void header(FoWriter fo, PlacementDocument.School school) {
        fo.open("table", "table-layout", "fixed", "width", "100%", "space-after", "3mm");
        fo.empty("table-column", "column-width", "50mm").empty("table-column", "column-width", "proportional-column-width(1)");
        fo.open("table-body").open("table-row").open("table-cell", "display-align", "center");
        if (school.logo() != null) {
            image(fo, school.logo(), "45mm", "20mm");
        } else {
            fo.block("");
        }
        fo.close().open("table-cell", "display-align", "center", "text-align", "end");
        fo.block(school.name(), "font-weight", "bold", "font-size", "10.5pt");
        fo.block(label("doc.uai") + " " + school.uai(), "font-size", "8.5pt");
        if (school.address() != null) {
            fo.block(school.address(), "font-size", "8.5pt", "linefeed-treatment", "preserve");
        }
        fo.close().close().close().close();
    }

    /** A PNG scaled to fit the box, proportions kept, embedded in the FO as a data URI (nothing fetched). */
    void image(FoWriter fo, byte[] png, String maxWidth, String maxHeight) {
        fo.open("block", "space-before", "1mm").empty("external-graphic", "src", "url('data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "')",
                "content-width", "scale-down-to-fit", "content-height", "scale-down-to-fit", "width", maxWidth, "height", maxHeight,
                "scaling", "uniform").close();
    }

    void heading(FoWriter fo, String text) {
        fo.block(text, "font-size", "11pt", "font-weight", "bold", "color", BLUE, "space-before", "3.5mm", "space-after", "1.5mm",
                "keep-with-next.within-page", "always");
    }

    /** Rows of label and value(s); the first column is the label. */
    void table(FoWriter fo, String[][] rows) {
        fo.open("table", "table-layout", "fixed", "width", "100%", "space-after", "2mm")
                .empty("table-column", "column-width", "52mm").empty("table-column", "column-width", "proportional-column-width(1)");
        if (rows.length > 0 && rows[0].length == 3) {
            fo.empty("table-column", "column-width", "proportional-column-width(1)");
        }
        fo.open("table-body");
        for (String[] row : rows) {
            fo.open("table-row", "keep-together.within-page", "always");
            for (int i = 0; i < row.length; i++) {
                fo.open("table-cell", "padding", "0.8mm", "border-bottom", "0.3pt solid #cccccc")
                        .block(row[i], i == 0 ? new String[] {"font-weight", "bold", "color", "#444444"} : new String[] {"linefeed-treatment", "preserve"})
                        .close();
            }
            fo.close();
        }
        fo.close().close();
    }

    /** A text the team wrote (line breaks kept), or dotted lines to complete by hand. */
    void textOrLines(FoWriter fo, String text, int lines) {
        if (text == null || text.isBlank()) {
            fo.block(label("doc.toCompleteByHand"), "font-style", "italic", "font-size", "8.5pt", "color", "#555555");
            lines(fo, lines);
        } else {
            fo.block(text, "linefeed-treatment", "preserve", "start-indent", "3mm");
        }
    }

    /** Dotted lines to write on by hand. */
    void lines(FoWriter fo, int lines) {
        for (int i = 0; i < lines; i++) {
            fo.block(BLANK + BLANK, "color", "#888888", "space-before", "2mm", "wrap-option", "no-wrap", "overflow", "hidden");
        }
    }

    /**
     * The signature boxes, one per signer, kept on one page and with what comes just before them: signers never sign
     * a page that holds nothing but signatures. stampOf names the box that shows the establishment's stamp.
     */
    void signatures(FoWriter fo, List<String> who, int stampOf, byte[] stamp) {
        fo.open("block", "keep-together.within-page", "always", "keep-with-previous.within-page", "always");
        heading(fo, label("doc.signatures"));
        fo.open("table", "table-layout", "fixed", "width", "100%");
        who.forEach(w -> fo.empty("table-column", "column-width", "proportional-column-width(1)"));
        fo.open("table-body").open("table-row", "height", "30mm");
        for (int i = 0; i < who.size(); i++) {
            fo.open("table-cell", "border", "0.5pt solid #888888", "padding", "1.5mm").block(who.get(i), "font-size", "8.5pt");
            if (i == stampOf && stamp != null) {
                image(fo, stamp, "34mm", "20mm");
            }
            fo.close();
        }
        fo.close().close().close().close();
    }

    String orBlank(String value) {
        return value == null || value.isBlank() ? BLANK + " (" + label("doc.toComplete") + ")" : value;
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    String label(String key) {
        return labels.getString(key);
    }
}
