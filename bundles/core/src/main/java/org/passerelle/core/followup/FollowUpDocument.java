package org.passerelle.core.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.passerelle.referential.model.LayoutKind;

/**
 * A placement's portfolio or logbook (or, for activity sheets, the placement's header and no pages: the sheets are
 * apart), laid out by the layout of its referential version for the learner's status.
 *
 * @param weeks the period's calendar weeks, for the WEEKLY fields
 * @param edited whether any page was ever saved (the placement list shows it)
 */
public record FollowUpDocument(long placementId, long periodId, String periodName, long learnerId, String learnerName, LayoutKind kind,
                               String title, String referentialCode, String referentialVersion, String companyName, LocalDate start,
                               LocalDate end, List<Week> weeks, List<DocumentPage> pages, boolean edited, Instant updatedAt) {
}
