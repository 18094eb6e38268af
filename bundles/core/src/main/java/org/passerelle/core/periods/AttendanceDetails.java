package org.passerelle.core.periods;

import java.math.BigDecimal;

/**
 * The fields of a placement's attendance certificate that the guide lists as to complete (guide 000, « Imprimer une
 * attestation de présence »): the company representative's name, the head office's address when it differs from the
 * company's, the pupil's personal address (as it stands for this period), the total duration in hours, the
 * gratification received and the place where the certificate is signed. Each may be empty: the document then leaves
 * a line to complete by hand. version is the placement's (optimistic locking).
 */
public record AttendanceDetails(String representativeName, String headOfficeAddress, String learnerAddress, BigDecimal totalHours,
                                String gratification, String signedAt, Integer version) {
}
