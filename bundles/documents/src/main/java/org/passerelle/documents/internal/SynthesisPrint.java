package org.passerelle.documents.internal;

import java.util.List;
import java.util.Map;
import org.passerelle.core.evaluation.PfmpSynthesis;
import org.passerelle.core.evaluation.SuccessLevel;

/** The synthesis of periods in company as XSL-FO: one block per learner, a row per period, the levels counted with their marks. */
final class SynthesisPrint {

    private final DocumentLayout layout = new DocumentLayout();

    String synthesis(String title, List<PfmpSynthesis> learners) {
        FoWriter fo = layout.start();
        layout.page(fo, title, title, null);
        if (learners.isEmpty()) {
            fo.block(label("syn.none"), "font-style", "italic");
        }
        for (PfmpSynthesis learner : learners) {
            fo.open("block", "keep-together.within-page", "always", "space-before", "3mm");
            layout.heading(fo, learner.learnerName() + (learner.classCode() == null ? "" : " (" + learner.classCode() + ")") + " — "
                    + learner.totalWeeks() + " " + label("syn.weeks"));
            if (learner.periods().isEmpty()) {
                fo.block(label("syn.noPeriod"), "font-style", "italic", "font-size", "8.5pt");
            } else {
                table(fo, learner.periods());
            }
            fo.close();
        }
        layout.endPage(fo);
        return layout.finish(fo);
    }

    private void table(FoWriter fo, List<PfmpSynthesis.Period> periods) {
        fo.open("table", "table-layout", "fixed", "width", "100%", "font-size", "7.5pt");
        int[] widths = {3, 2, 1, 3, 2, 3, 3};
        for (int w : widths) {
            fo.empty("table-column", "column-width", "proportional-column-width(" + w + ")");
        }
        fo.open("table-header").open("table-row");
        for (String h : new String[] {"syn.period", "syn.dates", "syn.weeksShort", "syn.company", "syn.tutor", "syn.companyReview", "syn.attitudes"}) {
            fo.open("table-cell", "padding", "0.6mm", "border-bottom", "0.5pt solid #888888").block(label(h), "font-weight", "bold").close();
        }
        fo.close().close().open("table-body");
        for (PfmpSynthesis.Period p : periods) {
            fo.open("table-row", "keep-together.within-page", "always");
            cell(fo, p.name() + "\n" + label("syn.kind." + p.kind().name()));
            cell(fo, DocumentLayout.date(p.start()) + "\n" + DocumentLayout.date(p.end()));
            cell(fo, String.valueOf(p.weeks()));
            cell(fo, p.company() == null ? "—" : p.company());
            cell(fo, p.tutorName() == null ? "—" : p.tutorName());
            String review = p.meetingDate() == null ? "—" : label("syn.meeting") + " " + DocumentLayout.date(p.meetingDate())
                    + (p.engagement() == null ? "" : "\n" + "★".repeat(p.engagement()) + "☆".repeat(4 - p.engagement())) + "\n" + counts(p.levels());
            cell(fo, review);
            cell(fo, counts(p.attitudes()));
            fo.close();
        }
        fo.close().close();
    }

    /** « 3 ×2 · 2 ×4 · NE ×1 »: each level given, its mark and how many times, in the scale's order. */
    private String counts(Map<SuccessLevel, Integer> counts) {
        if (counts.isEmpty()) {
            return label("syn.noLevel");
        }
        StringBuilder text = new StringBuilder();
        for (SuccessLevel level : SuccessLevel.values()) {
            Integer n = counts.get(level);
            if (n != null) {
                text.append(text.length() == 0 ? "" : " · ").append(level.mark()).append(" ×").append(n);
            }
        }
        return text.toString();
    }

    private static void cell(FoWriter fo, String text) {
        fo.open("table-cell", "padding", "0.6mm", "border-bottom", "0.3pt solid #cccccc").block(text, "linefeed-treatment", "preserve").close();
    }

    private String label(String key) {
        return layout.label(key);
    }
}
