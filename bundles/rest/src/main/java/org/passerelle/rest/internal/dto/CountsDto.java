package org.passerelle.rest.internal.dto;

import org.passerelle.referential.model.ReferentialStats;

/** Item counts of a referential. */
public record CountsDto(int activities, int tasks, int competencies, int criteria, int commonCompetencies, int attitudes,
                        int taskCompetencies) {

    public static CountsDto of(ReferentialStats s) {
        return new CountsDto(s.activities(), s.tasks(), s.competencies(), s.criteria(), s.commonCompetencies(), s.attitudes(),
                s.taskCompetencies());
    }
}
