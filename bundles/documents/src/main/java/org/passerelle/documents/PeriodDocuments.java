package org.passerelle.documents;

import java.util.List;
import org.passerelle.core.periods.PlacementDocument;

/** The printed documents of periods in company. */
public interface PeriodDocuments {

    /** Pre-agreements (pré-conventions), one per placement, in one PDF. */
    byte[] preAgreements(List<PlacementDocument> placements);

    /** The attendance certificate (attestation de présence) of one placement, with the fields to complete. */
    byte[] attendanceCertificate(PlacementDocument placement);
}
