package org.passerelle.core.followup;

import java.time.Instant;

/** A comment left on a COMMENTS field: by a teacher to the learner, or by the master (weekly sheets, period review). */
public record Comment(long id, String authorName, String authorRole, String text, Instant at) {
}
