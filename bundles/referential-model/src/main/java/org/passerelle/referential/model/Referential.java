package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A validated referential descriptor: the official description of one diploma or family. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Referential(int formatVersion, String code, String version, String title, String diploma, String level,
                          ReferentialKind kind, String family, List<String> members, OfficialText officialText,
                          Provenance provenance, String notes, List<Source> sources, List<Activity> activities,
                          List<Competency> competencies, List<TaskCompetency> taskCompetencies,
                          List<CommonCompetency> commonCompetencies, List<Item> attitudes, PortfolioLayouts portfolio) {

    public Referential {
        members = members == null ? List.of() : List.copyOf(members);
        sources = sources == null ? List.of() : List.copyOf(sources);
        activities = activities == null ? List.of() : List.copyOf(activities);
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        taskCompetencies = taskCompetencies == null ? List.of() : List.copyOf(taskCompetencies);
        commonCompetencies = commonCompetencies == null ? List.of() : List.copyOf(commonCompetencies);
        attitudes = attitudes == null ? List.of() : List.copyOf(attitudes);
    }

    public Stream<Item> tasks() {
        return activities.stream().flatMap(a -> a.tasks().stream());
    }

    public Optional<Item> task(String taskCode) {
        return tasks().filter(t -> t.code().equals(taskCode)).findFirst();
    }

    public Optional<Competency> competency(String competencyCode) {
        return competencies.stream().filter(c -> c.code().equals(competencyCode)).findFirst();
    }

    /** Competencies a task mobilises, in the order of the task → competency table. */
    public List<TaskCompetency> competenciesOf(String taskCode) {
        return taskCompetencies.stream().filter(tc -> tc.task().equals(taskCode)).toList();
    }
}
