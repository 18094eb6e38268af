package org.passerelle.core.organisation;

import java.util.List;

/** What an import of learners creates, updates, leaves unchanged and refuses; applied once written. */
public record ImportReport(String format, boolean applied, List<Line> toCreate, List<Line> toUpdate, List<Line> unchanged,
                           List<Refusal> refused) {

    /** One learner of the file. changes: French descriptions of what an update changes. */
    public record Line(int line, String ine, String familyName, String firstName, String classCode, List<String> changes) {
    }

    /** A line refused, with the field at fault and the reason in French. */
    public record Refusal(int line, String field, String reason) {
    }
}
