package org.passerelle.core.evaluation;

/**
 * A level to save: on a competency as a whole ({@code criterion} null) or a criterion, {@code level} null to clear it,
 * from the {@code version} its writer read (0 when it had none). A stale version is a 409 with the current state.
 *
 * @param learnerId the learner, in a school evaluation's class grid; null in a company review
 */
public record ResultChange(Long learnerId, String competency, String criterion, SuccessLevel level, Integer version) {
}
