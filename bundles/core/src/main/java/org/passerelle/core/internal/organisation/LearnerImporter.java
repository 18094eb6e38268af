package org.passerelle.core.internal.organisation;

import org.passerelle.core.internal.common.Audit;
import java.io.InputStream;
import java.io.Reader;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.imports.CsvLearnerParser;
import org.passerelle.core.internal.imports.ImportFormatException;
import org.passerelle.core.internal.imports.ImportRefusal;
import org.passerelle.core.internal.imports.ImportedLearner;
import org.passerelle.core.internal.imports.ImportedStatus;
import org.passerelle.core.internal.imports.ParsedImport;
import org.passerelle.core.internal.imports.SiecleLearnerParser;
import org.passerelle.core.organisation.ImportReport;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * Compares an imported file with the establishment's learners (by INE: a re-import updates, never duplicates)
 * and, when asked, applies the result in one transaction. Imported learners get an account without a usable
 * password: an administrator resets it when handing the account over.
 */
final class LearnerImporter {

    /** Not a PBKDF2 hash: no password verifies against it. */
    static final String NO_PASSWORD_YET = "none$imported";

    private final ResourceBundle messages = ResourceBundle.getBundle("org.passerelle.core.internal.organisation.messages", Locale.FRENCH,
            LearnerImporter.class.getClassLoader());

    ParsedImport parseSiecle(InputStream xml) {
        try {
            return new SiecleLearnerParser().parse(xml);
        } catch (ImportFormatException e) {
            throw DomainException.invalid("unusable-import", "file", e.getMessage());
        }
    }

    ParsedImport parseCsv(Reader csv) {
        try {
            return new CsvLearnerParser().parse(csv);
        } catch (ImportFormatException e) {
            throw DomainException.invalid("unusable-import", "file", e.getMessage());
        }
    }

    ImportReport run(JpaTemplate jpa, Caller caller, long establishmentId, ParsedImport parsed, boolean apply) {
        return jpa.txExpr(apply ? TransactionType.Required : TransactionType.Supports, em -> {
            EstablishmentEntity establishment = OrganisationRecords.establishmentEntity(em, establishmentId);
            Map<String, LearnerEntity> existing = new HashMap<>();
            em.createQuery("SELECT l FROM LearnerEntity l WHERE l.establishment.id = :e", LearnerEntity.class)
                    .setParameter("e", establishmentId).getResultList().forEach(l -> existing.put(l.ine(), l));
            Map<String, SchoolClassEntity> classes = new HashMap<>();
            em.createQuery("SELECT c FROM SchoolClassEntity c WHERE c.establishment.id = :e", SchoolClassEntity.class)
                    .setParameter("e", establishmentId).getResultList().forEach(c -> classes.put(c.code().toUpperCase(Locale.ROOT), c));

            List<ImportReport.Line> toCreate = new ArrayList<>();
            List<ImportReport.Line> toUpdate = new ArrayList<>();
            List<ImportReport.Line> unchanged = new ArrayList<>();
            List<ImportReport.Refusal> refused = new ArrayList<>();
            for (ImportRefusal r : parsed.refusals()) {
                refused.add(new ImportReport.Refusal(r.line(), r.field(), r.reason()));
            }
            for (ImportedLearner row : parsed.learners()) {
                SchoolClassEntity schoolClass = classes.get(row.classCode().toUpperCase(Locale.ROOT));
                if (schoolClass == null) {
                    refused.add(new ImportReport.Refusal(row.line(), "classe", text("refusal.unknownClass", row.classCode())));
                    continue;
                }
                LearnerStatus status = row.status() == ImportedStatus.APPRENTICE ? LearnerStatus.APPRENTICE : LearnerStatus.PUPIL;
                LearnerEntity learner = existing.get(row.ine());
                if (learner == null) {
                    if (!em.createQuery("SELECT l.id FROM LearnerEntity l WHERE l.ine = :i").setParameter("i", row.ine()).getResultList().isEmpty()) {
                        refused.add(new ImportReport.Refusal(row.line(), "ine", text("refusal.ineElsewhere", row.ine())));
                        continue;
                    }
                    toCreate.add(line(row, List.of()));
                    if (apply) {
                        PersonEntity person = new PersonEntity(establishment, Role.LEARNER,
                                OrganisationRecords.login(em, null, row.firstName(), row.familyName()), row.familyName(), row.firstName(), null,
                                NO_PASSWORD_YET);
                        em.persist(person);
                        em.persist(new LearnerEntity(person, establishment, row.ine(), row.birthDate().toString(), status, schoolClass));
                        em.flush(); // the next generated login must see this one
                    }
                    continue;
                }
                // SIECLE knows only pupils: the status is compared and changed by CSV imports alone.
                LearnerStatus newStatus = "CSV".equals(parsed.format()) ? status : learner.status();
                List<String> changes = changes(learner, row, schoolClass, newStatus);
                if (changes.isEmpty()) {
                    unchanged.add(line(row, List.of()));
                } else {
                    toUpdate.add(line(row, changes));
                    if (apply) {
                        learner.person().rename(row.familyName(), row.firstName());
                        learner.changeBirthDate(row.birthDate().toString());
                        learner.moveTo(schoolClass);
                        learner.changeStatus(newStatus);
                    }
                }
            }
            if (apply) {
                Audit.record(em, establishmentId, caller.login(), Audit.IMPORT_APPLIED, "establishment " + establishmentId,
                        parsed.format() + ": " + toCreate.size() + " created, " + toUpdate.size() + " updated, " + unchanged.size()
                                + " unchanged, " + refused.size() + " refused");
            }
            refused.sort(java.util.Comparator.comparingInt(ImportReport.Refusal::line));
            return new ImportReport(parsed.format(), apply, toCreate, toUpdate, unchanged, refused);
        });
    }

    private List<String> changes(LearnerEntity learner, ImportedLearner row, SchoolClassEntity schoolClass, LearnerStatus status) {
        List<String> changes = new ArrayList<>();
        if (!learner.person().familyName().equals(row.familyName())) {
            changes.add(text("change.familyName", learner.person().familyName(), row.familyName()));
        }
        if (!learner.person().firstName().equals(row.firstName())) {
            changes.add(text("change.firstName", learner.person().firstName(), row.firstName()));
        }
        if (!learner.birthDate().equals(row.birthDate().toString())) {
            changes.add(text("change.birthDate", learner.birthDate(), row.birthDate().toString()));
        }
        if (learner.schoolClass() == null || learner.schoolClass().id() != schoolClass.id()) {
            changes.add(text("change.class", learner.schoolClass() == null ? "—" : learner.schoolClass().code(), schoolClass.code()));
        }
        if (learner.status() != status) {
            changes.add(text("change.status", text("status." + learner.status()), text("status." + status)));
        }
        return changes;
    }

    private static ImportReport.Line line(ImportedLearner row, List<String> changes) {
        return new ImportReport.Line(row.line(), row.ine(), row.familyName(), row.firstName(), row.classCode(), changes);
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
