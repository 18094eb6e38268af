package org.passerelle.referential.model;

import java.util.List;

/** The kind of portfolio a learner keeps and its pages. */
public record Layout(LayoutKind kind, String title, List<Page> pages) {
    public Layout {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }
}
