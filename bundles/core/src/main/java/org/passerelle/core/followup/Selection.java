package org.passerelle.core.followup;

/**
 * What the teacher chose to evaluate at the visit from an activity sheet: a whole competency ({@code criterion} null)
 * or one of its criteria; codes of the placement's referential version. The company review copies them with a
 * reference to their sheet.
 */
public record Selection(String competency, String criterion) {
}
