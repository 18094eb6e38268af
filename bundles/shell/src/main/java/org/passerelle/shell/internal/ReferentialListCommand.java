package org.passerelle.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.referential.ReferentialSummary;

@Command(scope = "passerelle", name = "referential-list", description = "Lists every referential version known, and the refused bundles")
@Service
public class ReferentialListCommand implements Action {

    @Reference
    private ReferentialRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Version");
        table.column("Status");
        table.column("Default");
        table.column("Tasks").alignRight();
        table.column("Competencies").alignRight();
        table.column("Criteria").alignRight();
        table.column("Official").alignRight();
        table.column("Bundle");
        table.column("Title / refusal");
        for (ReferentialSummary s : registry.list()) {
            if (s.stats() == null) {
                table.addRow().addContent("-", "-", s.status(), "", "", "", "", "", s.bundle(), s.refusal());
            } else {
                table.addRow().addContent(s.code(), s.version(), s.status(), s.defaultVersion() ? "*" : "", s.stats().tasks(),
                        s.stats().competencies() + s.stats().commonCompetencies(), s.stats().criteria(),
                        Math.round(100 * s.stats().officialShare()) + " %", s.bundle(), s.title());
            }
        }
        table.print(System.out);
        return null;
    }
}
