package org.passerelle.core.internal.organisation;

import static org.passerelle.core.internal.organisation.OrganisationRecords.withGeneratedLogins;

import java.io.InputStream;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.organisation.ImportReport;
import org.passerelle.core.security.Caller;

/**
 * SIECLE and CSV imports of learners: previewed, then applied in one transaction (LearnerImporter). Access is checked
 * before a byte of the file is read.
 */
final class LearnerImports {

    private final JpaTemplate jpa;
    private final LearnerImporter importer;

    LearnerImports(JpaTemplate jpa, LearnerImporter importer) {
        this.jpa = jpa;
        this.importer = importer;
    }

    public ImportReport importSiecle(Caller caller, long establishmentId, InputStream xml, boolean apply, Set<Integer> confirmed) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        var parsed = importer.parseSiecle(Uploads.streamed(xml), establishmentClock(establishmentId));
        return withGeneratedLogins(true, () -> importer.run(jpa, caller, establishmentId, parsed, apply, confirmed(confirmed)));
    }

    public ImportReport importCsv(Caller caller, long establishmentId, InputStream csv, String declaredCharset, boolean apply,
            Set<Integer> confirmed) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        var parsed = importer.parseCsv(Uploads.limited(csv), declaredCharset, establishmentClock(establishmentId));
        return withGeneratedLogins(true, () -> importer.run(jpa, caller, establishmentId, parsed, apply, confirmed(confirmed)));
    }

    /** "Today" is the establishment's: in Nouméa the 30th starts while Paris is still on the 29th. */
    private java.time.Clock establishmentClock(long establishmentId) {
        String zone = jpa.txExpr(org.apache.aries.jpa.template.TransactionType.Supports,
                em -> OrganisationRecords.establishmentEntity(em, establishmentId).timeZone());
        return java.time.Clock.system(org.passerelle.core.organisation.TimeZones.of(zone));
    }

    private static Set<Integer> confirmed(Set<Integer> lines) {
        return lines == null ? Set.of() : Set.copyOf(lines);
    }
}
