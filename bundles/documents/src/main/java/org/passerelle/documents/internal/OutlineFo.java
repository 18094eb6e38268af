package org.passerelle.documents.internal;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.documents.internal.Outline.Block;
import org.passerelle.documents.internal.Outline.Entry;
import org.passerelle.documents.internal.Outline.Heading;
import org.passerelle.documents.internal.Outline.Item;
import org.passerelle.documents.internal.Outline.Items;
import org.passerelle.documents.internal.Outline.Note;
import org.passerelle.documents.internal.Outline.PageBreak;
import org.passerelle.documents.internal.Outline.Signatures;
import org.passerelle.documents.internal.Outline.Table;
import org.passerelle.documents.internal.Outline.Text;
import org.passerelle.documents.internal.Outline.Title;

/**
 * An {@link Outline} as XSL-FO for FOP, in the look of the other documents ({@link DocumentLayout}: A4, DejaVu Sans and
 * its fallbacks, blue headings, the footer with the title and « page n sur N »).
 */
final class OutlineFo {

    private static final String[] HEADING_SIZES = {"13pt", "11.5pt", "10.5pt", "10pt"};

    private final DocumentLayout layout = new DocumentLayout();

    String fo(Outline outline) {
        FoWriter fo = layout.start();
        layout.page(fo, outline.title(), null);
        boolean breakBefore = false;
        for (Block block : outline.blocks()) {
            if (block instanceof PageBreak) {
                breakBefore = true;
                continue;
            }
            if (breakBefore) {
                fo.empty("block", "break-before", "page");
                breakBefore = false;
            }
            write(fo, outline, block);
        }
        layout.endPage(fo);
        return layout.finish(fo);
    }

    private void write(FoWriter fo, Outline outline, Block block) {
        if (block instanceof Title t) {
            if (t.text().equals(outline.title())) {
                return; // the page already opens with it
            }
            fo.block(t.text(), "font-size", "20pt", "font-weight", "bold", "color", DocumentLayout.BLUE, "space-before", "40mm", "space-after", "6mm");
        } else if (block instanceof Heading h) {
            String size = HEADING_SIZES[Math.max(0, Math.min(h.level(), HEADING_SIZES.length) - 1)];
            fo.block(h.text(), "font-size", size, "font-weight", "bold", "color", h.level() <= 2 ? DocumentLayout.BLUE : "#333333",
                    "space-before", h.level() == 1 ? "5mm" : "3mm", "space-after", "1.5mm", "keep-with-next.within-page", "always");
        } else if (block instanceof Entry e) {
            label(fo, e.label());
            value(fo, e.value());
        } else if (block instanceof Items i) {
            label(fo, i.label());
            if (i.items().isEmpty()) {
                value(fo, null);
            }
            for (Item item : i.items()) {
                fo.block("• " + item.text(), "start-indent", (4 + 5 * item.depth()) + "mm", "space-after", "0.6mm");
            }
        } else if (block instanceof Text t) {
            fo.block(t.text(), "linefeed-treatment", "preserve", "space-after", "1.5mm");
        } else if (block instanceof Note n) {
            fo.block(n.text(), "font-style", "italic", "color", "#444444", "space-after", "1.5mm");
        } else if (block instanceof Table t) {
            List<String[]> rows = new ArrayList<>();
            t.rows().forEach(r -> rows.add(r.toArray(String[]::new)));
            layout.table(fo, rows.toArray(String[][]::new));
        } else if (block instanceof Signatures s) {
            layout.signatures(fo, s.parties(), -1, null);
        }
    }

    private void label(FoWriter fo, String label) {
        if (label != null) {
            fo.block(label, "font-weight", "bold", "color", "#444444", "space-before", "1.5mm", "keep-with-next.within-page", "always");
        }
    }

    private void value(FoWriter fo, String value) {
        if (value == null) {
            fo.block(layout.label("export.notFilled"), "font-style", "italic", "color", "#666666", "start-indent", "3mm");
        } else {
            fo.block(value, "linefeed-treatment", "preserve", "start-indent", "3mm");
        }
    }
}
