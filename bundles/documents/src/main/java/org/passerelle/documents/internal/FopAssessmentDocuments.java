package org.passerelle.documents.internal;

import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import org.passerelle.documents.AssessmentDocuments;
import org.passerelle.documents.MeetingGrid;
import org.passerelle.documents.ReviewSheet;

/** {@link AssessmentDocuments} printed with FOP. */
public final class FopAssessmentDocuments implements AssessmentDocuments {

    private final PdfRenderer renderer;
    private final MeetingGridPrint grid = new MeetingGridPrint();
    private final ReviewPrint review = new ReviewPrint();
    private final SynthesisPrint synthesis = new SynthesisPrint();

    public FopAssessmentDocuments(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public byte[] meetingGrid(MeetingGrid meetingGrid) {
        return renderer.render(new StreamSource(new StringReader(grid.meetingGrid(meetingGrid))), "Bilan entreprise");
    }

    @Override
    public byte[] reviewPdf(ReviewSheet sheet) {
        return renderer.render(new StreamSource(new StringReader(review.review(sheet))), sheet.title());
    }

    @Override
    public byte[] synthesisPdf(String title, java.util.List<org.passerelle.core.evaluation.PfmpSynthesis> learners) {
        return renderer.render(new StreamSource(new StringReader(synthesis.synthesis(title, learners))), title);
    }
}
