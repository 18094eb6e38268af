package org.passerelle.documents.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as a flat list of blocks, independent of the format: built once from the data (portfolio,
 * pre-agreement), then written as HTML for XDocReport's text styling (ODT, DOCX, see {@link OutlineHtml}) or as
 * XSL-FO for FOP (PDF, see {@link OutlineFo}), so that the three formats say the same thing.
 */
final class Outline {

    /** One block of the document. */
    sealed interface Block permits Title, Heading, Entry, Items, Text, Note, PageBreak, Table, Signatures {
    }

    /** The document's title. */
    record Title(String text) implements Block {
    }

    /** A heading; level 1 is a section, 2 and deeper its sub-sections. */
    record Heading(int level, String text) implements Block {
    }

    /** A labelled value (line breaks kept); a null value is printed as not filled in. */
    record Entry(String label, String value) implements Block {
    }

    /** A labelled list, items indented by their depth (0 for the top); empty is printed as not filled in. */
    record Items(String label, List<Item> items) implements Block {
        Items {
            items = List.copyOf(items);
        }
    }

    /** An item of a list. */
    record Item(int depth, String text) {
    }

    /** A paragraph of text, line breaks kept. */
    record Text(String text) implements Block {
    }

    /** A remark in italics (« Aucune activité… »). */
    record Note(String text) implements Block {
    }

    /** What follows starts on a new page. */
    record PageBreak() implements Block {
    }

    /** A table whose first row is the header. */
    record Table(List<List<String>> rows) implements Block {
        Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The signature boxes, side by side, one per signing party. */
    record Signatures(List<String> parties) implements Block {
        Signatures {
            parties = List.copyOf(parties);
        }
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    Outline(String title) {
        this.title = title;
    }

    /** The document's title (the PDF's title and footer). */
    String title() {
        return title;
    }

    Outline add(Block block) {
        blocks.add(block);
        return this;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
