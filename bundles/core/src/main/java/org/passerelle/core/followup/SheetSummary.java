package org.passerelle.core.followup;

import java.time.Instant;

/**
 * An activity sheet in a list: in a placement, or in the learner's free-sheets folder ({@code placementId} null, with
 * the name of the period it came from).
 *
 * @param week for an apprentice's weekly sheet, its week; null for a sheet the learner started
 * @param readState for a reader other than the learner (null for the learner)
 * @param deletedAt when the learner deleted it (staff still read it), else null
 * @param pagesComplete pages whose required fields are filled, out of {@code pageCount}
 */
public record SheetSummary(long id, long learnerId, Long placementId, String title, String formerPeriodName, Week week, Instant createdAt,
                           Instant updatedAt, Instant deletedAt, ReadState readState, int pagesComplete, int pageCount, int version) {
}
