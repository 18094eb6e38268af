package org.passerelle.documents.internal;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialSummary;
import org.passerelle.referential.model.Activity;
import org.passerelle.referential.model.CommonCompetency;
import org.passerelle.referential.model.Competency;
import org.passerelle.referential.model.Item;
import org.passerelle.referential.model.Provenance;
import org.passerelle.referential.model.Referential;
import org.passerelle.referential.model.Source;
import org.passerelle.referential.model.SpecialtyGroup;

/** Lays out one referential as XSL-FO: metadata, legend, activities and tasks, competencies and criteria. */
final class ReferentialPrint {

    private static final String FONT = PdfRenderer.FONT_FAMILY;
    private final ResourceBundle labels = ResourceBundle.getBundle("org.passerelle.documents.internal.messages", Locale.FRENCH,
            ReferentialPrint.class.getClassLoader());

    String fo(ReferentialEntry entry) {
        Referential r = entry.referential();
        ReferentialSummary s = entry.summary();
        FoWriter fo = new FoWriter();
        fo.open("root", "font-family", FONT, "font-size", "9.5pt", "line-height", "1.3", "language", "fr");
        fo.open("layout-master-set")
                .open("simple-page-master", "master-name", "A4", "page-height", "297mm", "page-width", "210mm",
                        "margin-top", "12mm", "margin-bottom", "12mm", "margin-left", "16mm", "margin-right", "16mm")
                .empty("region-body", "margin-top", "10mm", "margin-bottom", "10mm")
                .empty("region-before", "extent", "8mm")
                .empty("region-after", "extent", "8mm")
                .close().close();
        fo.open("page-sequence", "master-reference", "A4");
        fo.open("static-content", "flow-name", "xsl-region-before")
                .block("Passerelle — " + label("referential.heading") + " " + r.code() + " " + r.version(), "font-size", "8pt", "color", "#555555",
                        "border-bottom", "0.4pt solid #999999")
                .close();
        fo.open("static-content", "flow-name", "xsl-region-after")
                .open("block", "font-size", "8pt", "color", "#555555", "text-align", "end")
                .text(label("referential.printedBy") + " — " + label("referential.page") + " ").empty("page-number")
                .text(" " + label("referential.of") + " ").empty("page-number-citation", "ref-id", "last-page")
                .close().close();
        fo.open("flow", "flow-name", "xsl-region-body");

        fo.block(label("referential.heading") + " " + r.code(), "font-size", "11pt", "color", "#1d4f91", "font-weight", "bold");
        fo.block(r.title(), "font-size", "16pt", "font-weight", "bold", "space-after", "4mm");
        metadata(fo, r, s);
        legend(fo);

        if (!r.activities().isEmpty()) {
            heading(fo, label("referential.activities"));
            for (Activity activity : r.activities()) {
                activity(fo, r, activity);
            }
        }
        if (!r.competencies().isEmpty()) {
            heading(fo, label("referential.competencies"));
            for (Competency competency : r.competencies()) {
                competency(fo, r, competency);
            }
        }
        if (!r.commonCompetencies().isEmpty()) {
            heading(fo, label("referential.commonCompetencies"));
            for (CommonCompetency common : r.commonCompetencies()) {
                common(fo, common);
            }
        }
        if (!r.attitudes().isEmpty()) {
            heading(fo, label("referential.attitudes"));
            r.attitudes().forEach(a -> item(fo, a, "0mm"));
        }
        if (!r.sources().isEmpty()) {
            heading(fo, label("referential.sources"));
            for (Source source : r.sources()) {
                fo.open("block", "font-size", "8pt", "space-after", "1mm")
                        .inline(source.id() + " ", "font-weight", "bold").text(source.title())
                        .text(source.url() == null ? "" : " — " + source.url())
                        .close();
            }
        }
        fo.empty("block", "id", "last-page");
        fo.close().close().close();
        return fo.finish();
    }

    private void metadata(FoWriter fo, Referential r, ReferentialSummary s) {
        fo.open("table", "table-layout", "fixed", "width", "100%", "space-after", "4mm")
                .empty("table-column", "column-width", "45mm").empty("table-column", "column-width", "proportional-column-width(1)")
                .open("table-body");
        row(fo, label("referential.diploma"), r.diploma());
        row(fo, label("referential.level"), r.level());
        row(fo, label("referential.version"), r.version());
        row(fo, label("referential.status"), label("status." + s.status().name()));
        row(fo, label("referential.hash"), s.contentHash());
        if (r.officialText() != null) {
            row(fo, label("referential.officialText"), r.officialText().title()
                    + (r.officialText().reference() == null ? "" : " (" + r.officialText().reference() + ")"));
        }
        if (r.family() != null) {
            row(fo, label("referential.family"), r.family());
        }
        if (!r.members().isEmpty()) {
            row(fo, label("referential.members"), String.join(", ", r.members()));
        }
        row(fo, label("referential.officialShare"), Math.round(100 * s.stats().officialShare()) + " %");
        fo.close().close();
    }

    private void row(FoWriter fo, String name, String value) {
        fo.open("table-row")
                .open("table-cell", "padding", "0.6mm").block(name, "font-weight", "bold", "color", "#444444").close()
                .open("table-cell", "padding", "0.6mm").block(value == null ? "" : value, "wrap-option", "wrap").close()
                .close();
    }

    private void legend(FoWriter fo) {
        fo.open("block", "font-size", "8pt", "background-color", "#f2f4f7", "padding", "2mm", "space-after", "4mm")
                .inline(label("referential.legend") + " : ", "font-weight", "bold");
        Provenance[] all = Provenance.values();
        for (int i = 0; i < all.length; i++) {
            fo.text((i == 0 ? "" : " · ") + "[" + mark(all[i]) + "]");
        }
        fo.close();
    }

    private void heading(FoWriter fo, String text) {
        fo.block(text, "font-size", "13pt", "font-weight", "bold", "color", "#1d4f91", "space-before", "5mm", "space-after", "2mm",
                "keep-with-next.within-page", "always", "border-bottom", "0.6pt solid #1d4f91");
    }

    private void activity(FoWriter fo, Referential r, Activity activity) {
        fo.open("block", "font-size", "11pt", "font-weight", "bold", "space-before", "3mm", "keep-with-next.within-page", "always")
                .text(activity.code() + " — " + activity.title() + " ").inline("[" + mark(activity.provenance()) + "]", "font-size", "7.5pt", "font-weight", "normal", "color", "#666666")
                .close();
        for (Item task : activity.tasks()) {
            item(fo, task, "3mm");
            List<String> mobilised = r.competenciesOf(task.code()).stream()
                    .map(tc -> tc.competency() + (tc.weight() == null ? "" : " (" + formatWeight(tc.weight()) + ")"))
                    .toList();
            if (!mobilised.isEmpty()) {
                fo.block(label("referential.mobilises") + " : " + String.join(", ", mobilised), "font-size", "8pt", "color", "#444444",
                        "start-indent", "9mm", "space-after", "1mm");
            }
        }
    }

    private void competency(FoWriter fo, Referential r, Competency competency) {
        fo.open("block", "font-size", "11pt", "font-weight", "bold", "space-before", "3mm", "keep-with-next.within-page", "always")
                .text(competency.code() + " — " + competency.title() + " ")
                .inline("[" + mark(competency.provenance()) + "]" + (competency.weight() == null ? "" : " " + label("referential.weight") + " " + formatWeight(competency.weight())),
                        "font-size", "7.5pt", "font-weight", "normal", "color", "#666666")
                .close();
        String tasks = r.taskCompetencies().stream().filter(tc -> tc.competency().equals(competency.code()))
                .map(tc -> tc.task()).collect(Collectors.joining(", "));
        if (!tasks.isEmpty()) {
            fo.block(label("referential.mobilisedBy") + " : " + tasks, "font-size", "8pt", "color", "#444444", "start-indent", "3mm");
        }
        if (competency.criteria().isEmpty()) {
            fo.block(label("referential.noCriteria"), "font-style", "italic", "start-indent", "3mm");
        }
        competency.criteria().forEach(c -> item(fo, c, "3mm"));
    }

    private void common(FoWriter fo, CommonCompetency common) {
        fo.open("block", "font-size", "11pt", "font-weight", "bold", "space-before", "3mm", "keep-with-next.within-page", "always")
                .text(common.code() + " — " + common.title() + " ")
                .inline("[" + mark(common.provenance()) + "]", "font-size", "7.5pt", "font-weight", "normal", "color", "#666666")
                .close();
        if (common.groups().isEmpty()) {
            fo.block(label("referential.noGroup"), "font-style", "italic", "start-indent", "3mm");
        }
        for (SpecialtyGroup group : common.groups()) {
            fo.block("[" + group.referential() + "] " + group.competency(), "font-weight", "bold", "start-indent", "3mm", "space-before", "1mm");
            group.criteria().forEach(c -> item(fo, c, "6mm"));
        }
    }

    private void item(FoWriter fo, Item item, String indent) {
        fo.open("block", "start-indent", indent, "space-after", "0.8mm")
                .inline(item.code() + "  ", "font-weight", "bold")
                .text(item.title() + " ")
                .inline("[" + mark(item.provenance()) + "]", "font-size", "7.5pt", "color", item.provenance() == Provenance.RECONSTRUCTED ? "#9a3412" : "#666666")
                .close();
    }

    private String mark(Provenance provenance) {
        return provenance == null ? "?" : label("provenance." + provenance.wireName());
    }

    private String label(String key) {
        return labels.getString(key);
    }

    private static String formatWeight(double weight) {
        return weight == Math.rint(weight) ? Long.toString((long) weight) : Double.toString(weight);
    }
}
