package org.passerelle.documents.internal;

import java.util.List;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.FollowUpDocument;
import org.passerelle.documents.internal.Outline.Entry;
import org.passerelle.documents.internal.Outline.Heading;
import org.passerelle.documents.internal.Outline.Note;
import org.passerelle.documents.internal.Outline.PageBreak;
import org.passerelle.documents.internal.Outline.Title;
import org.passerelle.referential.model.Field;

/**
 * What the portfolio export holds (guide 000, « Présenter une activité »; issue 11, item 10), from the layout alone:
 * a title page (learner, period, company, referential); the first page of the layout, the company presentation, every
 * field with its label; then, from the other pages, every REPEATED field whose items carry the BOOLEAN
 * {@code selectionExport}, with only the items selected for export, their groups as sub-headings. A layout with no
 * such field exports all its pages. Comments are never exported.
 */
final class PortfolioOutline {

    private final DocumentLayout labels = new DocumentLayout();

    /** @param fileNames the learner's files' names by id, for FILES fields */
    Outline outline(FollowUpDocument d, java.util.Map<Long, String> fileNames) {
        String title = d.title() == null || d.title().isBlank() ? label("export.defaultTitle") : d.title();
        Outline out = new Outline(title);
        List<DocumentPage> pages = d.pages() == null ? List.of() : d.pages();
        boolean selectable = pages.stream().anyMatch(p -> p.page().fields().stream().anyMatch(FieldRender::selectable));
        titlePage(out, d, title, selectable);
        if (pages.isEmpty()) {
            out.add(new Note(label("export.noPages")));
            return out;
        }
        FieldRender render = new FieldRender(labels, d.weeks(), fileNames);
        for (int i = 0; i < pages.size(); i++) {
            DocumentPage page = pages.get(i);
            if (page.page().fields().stream().allMatch(f -> f.type() == org.passerelle.referential.model.FieldType.COMMENTS)) {
                continue; // comments are not exported: no empty heading for a page of comments only
            }
            if (i == 0 || !selectable) {
                out.add(new Heading(1, page.page().title()));
                render.fields(out, page.page().fields(), page.values(), 2);
            } else {
                for (Field f : page.page().fields()) {
                    if (FieldRender.selectable(f)) {
                        render.repeated(out, f, page.values() == null ? null : page.values().get(f.code()), 1);
                    }
                }
            }
        }
        return out;
    }

    private void titlePage(Outline out, FollowUpDocument d, String title, boolean selectable) {
        out.add(new Title(title));
        out.add(new Note(label(selectable ? "export.subtitle" : "export.subtitleAll")));
        out.add(new Entry(label("export.learner"), d.learnerName()));
        String period = d.periodName();
        if (d.start() != null && d.end() != null) {
            period = period + ", " + label("doc.from") + " " + DocumentLayout.date(d.start()) + " " + label("doc.to") + " "
                    + DocumentLayout.date(d.end());
        }
        out.add(new Entry(label("doc.period"), period));
        out.add(new Entry(label("export.company"), blankToNull(d.companyName())));
        String referential = d.referentialCode() == null ? null
                : d.referentialCode() + (d.referentialVersion() == null ? "" : " (" + label("export.version") + " " + d.referentialVersion() + ")");
        out.add(new Entry(label("doc.referential"), referential));
        out.add(new PageBreak());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String label(String key) {
        return labels.label(key);
    }
}
