package org.passerelle.documents.internal;

import java.io.StringReader;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.passerelle.core.periods.PlacementDocument;
import org.passerelle.documents.PeriodDocuments;

/** {@link PeriodDocuments} printed with FOP. */
public final class FopPeriodDocuments implements PeriodDocuments {

    private final PdfRenderer renderer;
    private final PlacementPrint print = new PlacementPrint();
    private final AttendancePrint attendance = new AttendancePrint();

    public FopPeriodDocuments(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public byte[] preAgreements(List<PlacementDocument> placements) {
        return renderer.render(new StreamSource(new StringReader(print.preAgreements(placements))), "Pré-conventions");
    }

    @Override
    public byte[] attendanceCertificate(PlacementDocument placement) {
        return renderer.render(new StreamSource(new StringReader(attendance.attendanceCertificate(placement))), "Attestation de présence");
    }
}
