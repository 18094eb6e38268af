package org.passerelle.documents;

import java.util.List;
import org.passerelle.core.periods.PlacementDocument;

/** The printed documents of periods in company. */
public interface PeriodDocuments {

    /** Pre-agreements (pré-conventions), one per placement, in one PDF. */
    byte[] preAgreements(List<PlacementDocument> placements);

    /**
     * The pre-agreement of one placement as an editable DOCX (guide 001): the same content as the PDF of
     * {@link #preAgreements}, without the logo and stamp, for the company to complete in a word processor.
     */
    byte[] preAgreementDocx(PlacementDocument placement);

    /** The attendance certificate (attestation de présence) of one placement, with the fields to complete. */
    byte[] attendanceCertificate(PlacementDocument placement);
}
