package org.passerelle.core.periods;

import java.time.Instant;

/**
 * An activity sheet as the folders see it: in a placement, or in the learner's free-sheets folder (placementId
 * null) when its period was deleted. Its pages come with the portfolio.
 */
public record ActivitySheet(long id, long learnerId, Long placementId, String title, String formerPeriodName, Instant createdAt) {
}
