package org.passerelle.documents;

import java.util.Map;
import org.passerelle.core.followup.FollowUpDocument;

/**
 * The export of a maintenance portfolio (guide 000; issue 11, item 10): a title page naming the learner, the period, the
 * company and the referential; the first page of the layout (the company presentation), every field with its label;
 * then each item of a repeated field that the learner selected for export (a BOOLEAN child {@code selectionExport} set
 * to true), with its groups as sub-headings. A layout with no such selection exports every page. Empty values are
 * printed « non renseigné ». The document is laid out from the layout alone: a new referential's pages render too.
 */
public interface PortfolioExports {

    /** The document in the format asked, its files named by their ids (« Fichier 12 »). */
    default byte[] portfolioExport(FollowUpDocument document, ExportFormat format) {
        return portfolioExport(document, Map.of(), format);
    }

    /**
     * The document in the format asked: ODT or DOCX (editable afterwards) or PDF.
     *
     * @param fileNames the names of the learner's files the pages refer to, by id (their FILES fields list them so); a
     *                  file not named here is written « Fichier &lt;id&gt; »
     */
    byte[] portfolioExport(FollowUpDocument document, Map<Long, String> fileNames, ExportFormat format);
}
