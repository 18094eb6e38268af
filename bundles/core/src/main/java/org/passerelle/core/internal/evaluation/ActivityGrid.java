package org.passerelle.core.internal.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.core.evaluation.ActivityView;
import org.passerelle.core.evaluation.ActivityView.Source;
import org.passerelle.referential.model.Item;
import org.passerelle.referential.model.Referential;

/** The activity view from the marks found ({@link ActivityMarks}): weeks with a mark as columns, the referential's tasks as rows. */
final class ActivityGrid {

    private ActivityGrid() {
    }

    static ActivityView build(Referential referential, List<ActivityMarks.Mark> marks) {
        List<String> weeks = new ArrayList<>(new TreeSet<>(marks.stream().map(ActivityMarks.Mark::week).toList()));
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < weeks.size(); i++) {
            column.put(weeks.get(i), i);
        }
        Map<String, List<Set<Source>>> byTask = new LinkedHashMap<>();
        for (ActivityMarks.Mark mark : marks) {
            byTask.computeIfAbsent(mark.task(), t -> empty(weeks.size())).get(column.get(mark.week())).add(mark.source());
        }
        Set<String> known = new HashSet<>();
        List<ActivityView.Activity> activities = new ArrayList<>();
        for (var activity : referential.activities()) {
            List<ActivityView.Task> tasks = new ArrayList<>();
            for (Item task : activity.tasks()) {
                known.add(task.code());
                tasks.add(new ActivityView.Task(task.code(), task.title(), byTask.getOrDefault(task.code(), empty(weeks.size()))));
            }
            activities.add(new ActivityView.Activity(activity.code(), activity.title(), tasks));
        }
        List<ActivityView.Task> others = byTask.entrySet().stream().filter(e -> !known.contains(e.getKey()))
                .map(e -> new ActivityView.Task(e.getKey(), null, e.getValue())).toList();
        if (!others.isEmpty()) {
            activities.add(new ActivityView.Activity(null, null, others));
        }
        List<ActivityView.Week> columns = weeks.stream().map(w -> new ActivityView.Week(w, "S" + w.substring(w.indexOf('W') + 1),
                Integer.parseInt(w.substring(0, w.indexOf('-'))))).toList();
        return new ActivityView(columns, activities);
    }

    private static List<Set<Source>> empty(int size) {
        List<Set<Source>> cells = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            cells.add(EnumSet.noneOf(Source.class));
        }
        return cells;
    }
}
