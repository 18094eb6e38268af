package org.passerelle.documents.internal;

import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import org.passerelle.documents.AssessmentDocuments;
import org.passerelle.documents.MeetingGrid;

/** {@link AssessmentDocuments} printed with FOP. */
public final class FopAssessmentDocuments implements AssessmentDocuments {

    private final PdfRenderer renderer;
    private final MeetingGridPrint grid = new MeetingGridPrint();

    public FopAssessmentDocuments(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public byte[] meetingGrid(MeetingGrid meetingGrid) {
        return renderer.render(new StreamSource(new StringReader(grid.meetingGrid(meetingGrid))), "Bilan entreprise");
    }
}
