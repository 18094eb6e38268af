package org.passerelle.core.internal.organisation;

import org.passerelle.core.internal.common.AccessRules;
import java.io.InputStream;
import java.io.Reader;
import org.apache.aries.jpa.template.JpaTemplate;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.organisation.ImportReport;
import org.passerelle.core.security.Caller;
import static org.passerelle.core.internal.organisation.OrganisationRecords.*;

/**
 * SIECLE and CSV imports of learners: previewed, then applied in one transaction (LearnerImporter).
 */
final class LearnerImports {

    private final JpaTemplate jpa;
    private final LearnerImporter importer;

    LearnerImports(JpaTemplate jpa, LearnerImporter importer) {
        this.jpa = jpa;
        this.importer = importer;
    }

    public ImportReport importSiecle(Caller caller, long establishmentId, InputStream xml, boolean apply) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        var parsed = importer.parseSiecle(Uploads.limited(xml));
        return withGeneratedLogins(true, () -> importer.run(jpa, caller, establishmentId, parsed, apply));
    }

    public ImportReport importCsv(Caller caller, long establishmentId, Reader csv, boolean apply) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        var parsed = importer.parseCsv(Uploads.limited(csv));
        return withGeneratedLogins(true, () -> importer.run(jpa, caller, establishmentId, parsed, apply));
    }
}
