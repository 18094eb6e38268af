package org.passerelle.documents.internal;

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
 * An {@link Outline} as the small HTML that XDocReport's text styling turns into native paragraphs, headings, lists
 * and tables of an ODT or DOCX ({@code h1}–{@code h5}, {@code p}, {@code b}, {@code i}, {@code br}, {@code ul}/{@code li},
 * {@code table}; a page break as {@code page-break-before}). Every text is escaped; characters XML refuses are dropped.
 */
final class OutlineHtml {

    private static final String SIGN_HERE = "...............................";

    private final DocumentLayout labels = new DocumentLayout();

    String html(Outline outline) {
        StringBuilder html = new StringBuilder();
        for (Block block : outline.blocks()) {
            // XDocReport breaks the page before a paragraph, not before a heading (DOCX): an empty paragraph carries it.
            if (block instanceof PageBreak) {
                html.append("<p style=\"page-break-before: always\"></p>");
                continue;
            }
            if (block instanceof Title t) {
                html.append("<h1>").append(text(t.text())).append("</h1>");
            } else if (block instanceof Heading h) {
                int level = Math.min(h.level() + 1, 5);
                html.append("<h").append(level).append('>').append(text(h.text())).append("</h").append(level).append('>');
            } else if (block instanceof Entry e) {
                html.append("<p><b>").append(text(e.label())).append("</b></p>");
                html.append(e.value() == null ? notFilled() : "<p>" + text(e.value()) + "</p>");
            } else if (block instanceof Items i) {
                items(html, i);
            } else if (block instanceof Text t) {
                html.append("<p>").append(text(t.text())).append("</p>");
            } else if (block instanceof Note n) {
                html.append("<p><i>").append(text(n.text())).append("</i></p>");
            } else if (block instanceof Table t) {
                table(html, t);
            } else if (block instanceof Signatures s) {
                signatures(html, s);
            }
        }
        return html.toString();
    }

    private String notFilled() {
        return "<p><i>" + text(labels.label("export.notFilled")) + "</i></p>";
    }

    /** Nested lists: an item deeper than the one before opens a list inside it. */
    private void items(StringBuilder html, Items items) {
        if (items.label() != null) {
            html.append("<p><b>").append(text(items.label())).append("</b></p>");
        }
        if (items.items().isEmpty()) {
            html.append(notFilled());
            return;
        }
        int depth = -1;
        for (Item item : items.items()) {
            int d = Math.min(item.depth(), depth + 1);
            if (d > depth) {
                html.append("<ul><li>");
            } else {
                for (int k = depth; k > d; k--) {
                    html.append("</li></ul>");
                }
                html.append("</li><li>");
            }
            depth = d;
            html.append(text(item.text()));
        }
        for (int k = depth; k >= 0; k--) {
            html.append("</li></ul>");
        }
    }

    private void table(StringBuilder html, Table table) {
        html.append("<table>");
        boolean header = true;
        for (var row : table.rows()) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(header ? "<b>" + text(cell) + "</b>" : text(cell)).append("</td>");
            }
            html.append("</tr>");
            header = false;
        }
        html.append("</table>");
    }

    /** One box per party, with room under the name to sign. */
    private void signatures(StringBuilder html, Signatures signatures) {
        html.append("<table><tr>");
        // XDocReport writes a line break with the text after it: a cell ending in breaks would push them into the next
        // cell. The room to sign ends with a dotted line.
        signatures.parties().forEach(p -> html.append("<td>").append(text(p)).append("<br/><br/><br/><br/>").append(SIGN_HERE).append("</td>"));
        html.append("</tr></table>");
    }

    /** Escaped for XML, line breaks as {@code <br/>}. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        // Trailing line breaks dropped: XDocReport would carry them into the next paragraph or cell.
        s.replace("\r\n", "\n").replaceAll("[\r\n]+$", "").codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("<br/>");
                default -> {
                    if (c == '\t' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
