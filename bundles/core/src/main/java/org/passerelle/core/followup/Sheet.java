package org.passerelle.core.followup;

import java.util.List;

/**
 * One activity sheet with its pages. {@code checkedTasks} are the tasks the teacher checked or added on « Relier au
 * référentiel » (the learner's own ticks are in that page's values); {@code selections} what the teacher chose to
 * evaluate at the visit, saved with {@code linkVersion} (apart from the sheet's version, which the learner's saves raise).
 * A weekly sheet's page is the logbook's entry of its week, shown read-only, with the master's
 * comments.
 */
public record Sheet(SheetSummary summary, List<DocumentPage> pages, List<String> checkedTasks, List<Selection> selections,
                    boolean linkable, int linkVersion) {
}
