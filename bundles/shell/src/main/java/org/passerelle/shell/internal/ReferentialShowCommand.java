package org.passerelle.shell.internal;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.referential.ReferentialSummary;
import org.passerelle.referential.model.Activity;
import org.passerelle.referential.model.CommonCompetency;
import org.passerelle.referential.model.Competency;
import org.passerelle.referential.model.Item;
import org.passerelle.referential.model.Referential;
import org.passerelle.referential.model.SpecialtyGroup;

@Command(scope = "passerelle", name = "referential-show", description = "Shows one referential: activities, tasks and the competencies they mobilise, competencies and criteria")
@Service
public class ReferentialShowCommand implements Action {

    @Reference
    private ReferentialRegistry registry;

    @Argument(index = 0, name = "code", description = "Referential code, e.g. MELEC", required = true)
    private String code;

    @Option(name = "-v", aliases = "--version", description = "A given version (default: the default version)")
    private String version;

    @Option(name = "-c", aliases = "--criteria", description = "Also list the criteria of each competency")
    private boolean criteria;

    @Override
    public Object execute() {
        PrintStream out = System.out;
        ReferentialEntry entry = registry.find(code, version).orElse(null);
        if (entry == null) {
            out.println("No referential " + code + (version == null ? "" : " in version " + version)
                    + ". Known versions: " + registry.versions(code).stream().map(ReferentialSummary::version).toList());
            return null;
        }
        Referential r = entry.referential();
        ReferentialSummary s = entry.summary();
        out.printf("%s %s — %s%n", r.code(), r.version(), r.title());
        out.printf("%s, %s; %s%s; content %s; bundle %s%n", r.diploma(), r.level(), s.status(), s.defaultVersion() ? " (default)" : "",
                s.contentHash().substring(0, 16), s.bundle());
        out.printf("%d activities, %d tasks, %d competencies, %d criteria, %d common competencies, %d attitudes; %d %% official%n",
                s.stats().activities(), s.stats().tasks(), s.stats().competencies(), s.stats().criteria(), s.stats().commonCompetencies(),
                s.stats().attitudes(), Math.round(100 * s.stats().officialShare()));
        for (Activity a : r.activities()) {
            out.printf("%n%s %s [%s]%n", a.code(), a.title(), a.provenance().wireName());
            for (Item t : a.tasks()) {
                out.printf("  %-8s %s [%s]%n", t.code(), t.title(), t.provenance().wireName());
                var links = r.competenciesOf(t.code()).stream().map(tc -> tc.competency()).toList();
                if (!links.isEmpty()) {
                    out.printf("           -> %s%n", String.join(", ", links));
                }
            }
        }
        if (!r.competencies().isEmpty()) {
            out.println();
        }
        for (Competency c : r.competencies()) {
            out.printf("%-8s %s [%s] (%d criteria)%n", c.code(), c.title(), c.provenance().wireName(), c.criteria().size());
            if (criteria) {
                c.criteria().forEach(i -> out.printf("    %-10s %s [%s]%n", i.code(), i.title(), i.provenance().wireName()));
            }
        }
        for (CommonCompetency cc : r.commonCompetencies()) {
            out.printf("%-8s %s [%s]%n", cc.code(), cc.title(), cc.provenance().wireName());
            for (SpecialtyGroup g : cc.groups()) {
                out.printf("    [%s] %s (%d criteria)%n", g.referential(), g.competency(), g.criteria().size());
            }
        }
        return null;
    }
}
