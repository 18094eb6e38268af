package org.passerelle.core.evaluation;

import java.util.List;
import java.util.Set;

/**
 * A learner's dashboard, activity view (guide 002 « Vue par activités »): the referential's activities and tasks as
 * rows, one column per week in which something was done, a mark where the task was performed.
 *
 * @param weeks      the weeks with at least one mark, oldest first
 * @param activities the referential's activities in its order, each with all its tasks (a task never performed has
 *                   no mark); tasks of another version that this one does not know come last, under a null code
 */
public record ActivityView(List<Week> weeks, List<Activity> activities) {

    /** Where a task was seen performed: an apprentice's logbook week, an activity sheet, a company review's tasks. */
    public enum Source {
        LOGBOOK, SHEET, COMPANY_REVIEW
    }

    /**
     * @param key   ISO week, {@code 2027-W05}
     * @param label as the guide prints it, {@code S05}
     * @param year  the ISO week-based year
     */
    public record Week(String key, String label, int year) {
    }

    public record Activity(String code, String title, List<Task> tasks) {
        public Activity {
            tasks = List.copyOf(tasks);
        }
    }

    /** A task and, per week of {@link ActivityView#weeks()}, where it was seen performed (empty: not that week). */
    public record Task(String code, String title, List<Set<Source>> marks) {
        public Task {
            marks = List.copyOf(marks);
        }
    }

    public ActivityView {
        weeks = List.copyOf(weeks);
        activities = List.copyOf(activities);
    }
}
