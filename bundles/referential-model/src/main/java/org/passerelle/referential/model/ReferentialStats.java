package org.passerelle.referential.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Item counts of a referential and the share of its items that are official (verbatim or derived from the
 * official text). Items are activities, tasks, competencies, criteria (grouped ones included), common
 * competencies, attitudes and task → competency links.
 */
public record ReferentialStats(int activities, int tasks, int competencies, int criteria, int commonCompetencies,
                               int attitudes, int taskCompetencies, int items, int officialItems) {

    public static ReferentialStats of(Referential r) {
        List<Provenance> all = new ArrayList<>();
        r.activities().forEach(a -> {
            all.add(a.provenance());
            a.tasks().forEach(t -> all.add(t.provenance()));
        });
        int criteria = 0;
        for (Competency c : r.competencies()) {
            all.add(c.provenance());
            c.criteria().forEach(i -> all.add(i.provenance()));
            criteria += c.criteria().size();
        }
        for (CommonCompetency cc : r.commonCompetencies()) {
            all.add(cc.provenance());
            for (SpecialtyGroup g : cc.groups()) {
                g.criteria().forEach(i -> all.add(i.provenance()));
                criteria += g.criteria().size();
            }
        }
        r.attitudes().forEach(a -> all.add(a.provenance()));
        r.taskCompetencies().forEach(tc -> all.add(tc.provenance()));
        int official = (int) all.stream().filter(p -> p != null && p.isOfficial()).count();
        return new ReferentialStats(r.activities().size(), (int) r.tasks().count(), r.competencies().size(), criteria,
                r.commonCompetencies().size(), r.attitudes().size(), r.taskCompetencies().size(), all.size(), official);
    }

    /** Official items over all items, 0 when there are none; rounded to 3 decimals. */
    public double officialShare() {
        return items == 0 ? 0 : Math.round(1000.0 * officialItems / items) / 1000.0;
    }
}
