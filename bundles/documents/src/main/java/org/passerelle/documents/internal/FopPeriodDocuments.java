package org.passerelle.documents.internal;

import java.io.StringReader;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.passerelle.core.periods.PlacementDocument;
import org.passerelle.documents.ExportFormat;
import org.passerelle.documents.PeriodDocuments;

/** {@link PeriodDocuments}: the PDFs printed with FOP, the editable pre-agreement written by XDocReport. */
public final class FopPeriodDocuments implements PeriodDocuments {

    private final PdfRenderer renderer;
    private final OfficeRenderer office;
    private final PreAgreementOutline preAgreement = new PreAgreementOutline();
    private final PlacementPrint print = new PlacementPrint();
    private final AttendancePrint attendance = new AttendancePrint();

    public FopPeriodDocuments(PdfRenderer renderer, OfficeRenderer office) {
        this.renderer = renderer;
        this.office = office;
    }

    @Override
    public byte[] preAgreements(List<PlacementDocument> placements) {
        return renderer.render(new StreamSource(new StringReader(print.preAgreements(placements))), "Pré-conventions");
    }

    @Override
    public byte[] preAgreementDocx(PlacementDocument placement) {
        return office.render(preAgreement.outline(placement), ExportFormat.DOCX);
    }

    @Override
    public byte[] attendanceCertificate(PlacementDocument placement) {
        return renderer.render(new StreamSource(new StringReader(attendance.attendanceCertificate(placement))), "Attestation de présence");
    }
}
