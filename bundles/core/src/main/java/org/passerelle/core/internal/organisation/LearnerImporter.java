package org.passerelle.core.internal.organisation;

import java.io.InputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.Audit;
import org.passerelle.core.internal.imports.CsvLearnerParser;
import org.passerelle.core.internal.imports.Identities;
import org.passerelle.core.internal.imports.ImportFormatException;
import org.passerelle.core.internal.imports.ImportRefusal;
import org.passerelle.core.internal.imports.ImportedLearner;
import org.passerelle.core.internal.imports.ImportedStatus;
import org.passerelle.core.internal.imports.ParsedImport;
import org.passerelle.core.internal.imports.SiecleLearnerParser;
import org.passerelle.core.internal.security.JpaTrainerLinks;
import org.passerelle.core.organisation.ImportReport;
import org.passerelle.core.organisation.ImportReport.Held;
import org.passerelle.core.organisation.ImportReport.Identity;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * Compares an imported file with the establishment's learners and, when asked, applies the result in one
 * transaction. The preview and the apply run this same code: only the writes differ.
 * <ul>
 * <li>A known INE is an update, unless two of family name, first name and birth date differ: then the line is held
 * ({@link Held#INE_OF_ANOTHER_LEARNER}), never applied.</li>
 * <li>A new INE whose names and birth date are a known learner's is held as a {@link Held#PROBABLE_DUPLICATE}, created
 * only when the apply confirms its line.</li>
 * <li>A known learner whose exit date has passed is a departure: out of their class, account closed, records kept. A
 * learner who had left and comes back in a file without exit date is enrolled again.</li>
 * <li>New learners get an account without a usable password (an administrator resets it when handing the account
 * over), and a login from their names ({@link OrganisationRecords#freeLogin}).</li>
 * </ul>
 * A 6,000-learner file costs a handful of queries: the establishment's learners, classes and every login are read once,
 * the INEs known elsewhere in chunks.
 */
final class LearnerImporter {

    /** Not a PBKDF2 hash: no password verifies against it. */
    static final String NO_PASSWORD_YET = "none$imported";
    private static final int IN_CHUNK = 500;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final ResourceBundle messages = ResourceBundle.getBundle("org.passerelle.core.internal.organisation.messages", Locale.FRENCH,
            LearnerImporter.class.getClassLoader());

    /** @param clock today in the establishment's time zone (ages, exit dates) */
    ParsedImport parseSiecle(InputStream xml, java.time.Clock clock) {
        try {
            return new SiecleLearnerParser(clock).parse(xml);
        } catch (ImportFormatException e) {
            throw DomainException.invalid("unusable-import", "file", e.getMessage());
        }
    }

    ParsedImport parseCsv(InputStream csv, String declaredCharset, java.time.Clock clock) {
        try {
            return new CsvLearnerParser(clock).parse(csv, declaredCharset);
        } catch (ImportFormatException e) {
            throw DomainException.invalid("unusable-import", "file", e.getMessage());
        }
    }

    /** @param confirmed lines of probable duplicates the person applying confirmed as new learners */
    ImportReport run(JpaTemplate jpa, Caller caller, long establishmentId, ParsedImport parsed, boolean apply, Set<Integer> confirmed) {
        return jpa.txExpr(apply ? TransactionType.Required : TransactionType.Supports,
                em -> new Run(em, caller, establishmentId, parsed, apply, confirmed).all());
    }

    /** One preview or apply: what the database holds, and the lists being filled. */
    private final class Run {
        final EntityManager em;
        final Caller caller;
        final long establishmentId;
        final ParsedImport parsed;
        final boolean apply;
        final Set<Integer> confirmed;
        final EstablishmentEntity establishment;
        final Map<String, LearnerEntity> byIne = new HashMap<>();
        final Map<String, LearnerEntity> byPerson = new HashMap<>();
        final Map<String, SchoolClassEntity> classes = new HashMap<>();
        final Set<String> ineElsewhere = new HashSet<>();
        Set<String> logins;
        final List<ImportReport.Line> toCreate = new ArrayList<>();
        final List<ImportReport.Line> toUpdate = new ArrayList<>();
        final List<ImportReport.Line> unchanged = new ArrayList<>();
        final List<ImportReport.Line> departures = new ArrayList<>();
        final List<Held> held = new ArrayList<>();
        final List<ImportReport.Refusal> refused = new ArrayList<>();

        Run(EntityManager em, Caller caller, long establishmentId, ParsedImport parsed, boolean apply, Set<Integer> confirmed) {
            this.em = em;
            this.caller = caller;
            this.establishmentId = establishmentId;
            this.parsed = parsed;
            this.apply = apply;
            this.confirmed = confirmed;
            this.establishment = OrganisationRecords.establishmentEntity(em, establishmentId);
            if (apply) {
                // One import applied at a time per establishment: a second waits for the first (10 s at most, then
                // 409 concurrent-write) instead of both generating the same logins and retrying over and over.
                em.refresh(establishment, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
            }
        }

        ImportReport all() {
            requireOwnFile();
            load();
            for (ImportRefusal r : parsed.refusals()) {
                refused.add(new ImportReport.Refusal(r.line(), r.field(), r.reason()));
            }
            for (ImportedLearner row : parsed.learners()) {
                LearnerEntity known = byIne.get(row.ine());
                if (known == null) {
                    newLearner(row);
                } else {
                    knownLearner(row, known);
                }
            }
            if (apply) {
                Audit.record(em, establishmentId, caller.login(), Audit.IMPORT_APPLIED, "establishment " + establishmentId,
                        parsed.format() + ": " + toCreate.size() + " created, " + toUpdate.size() + " updated, " + departures.size()
                                + " left, " + unchanged.size() + " unchanged, " + held.size() + " held, " + refused.size() + " refused",
                        Audit.text(Audit.IMPORT_APPLIED, parsed.format(), String.valueOf(toCreate.size()), String.valueOf(toUpdate.size()),
                                String.valueOf(departures.size()), String.valueOf(unchanged.size()), String.valueOf(held.size()),
                                String.valueOf(refused.size())));
            }
            refused.sort(Comparator.comparingInt(ImportReport.Refusal::line));
            return new ImportReport(parsed.format(), apply, toCreate, toUpdate, unchanged, departures, held, refused,
                    parsed.ignoredColumns(), parsed.encoding());
        }

        /** A SIECLE export says which establishment it is of: another's is refused whole (its departures would close our accounts). */
        private void requireOwnFile() {
            if (!SiecleLearnerParser.FORMAT.equals(parsed.format())) {
                return;
            }
            String code = parsed.establishmentCode();
            if (code.isEmpty()) {
                throw DomainException.invalid("unusable-import", "file", text("file.noEstablishment"));
            }
            if (!code.equalsIgnoreCase(establishment.uai())) {
                throw DomainException.invalid("unusable-import", "file", text("file.otherEstablishment", code, establishment.uai()));
            }
        }

        private void load() {
            em.createQuery("SELECT l FROM LearnerEntity l JOIN FETCH l.person WHERE l.establishment.id = :e", LearnerEntity.class)
                    .setParameter("e", establishmentId).getResultList().forEach(l -> {
                        byIne.put(l.ine(), l);
                        byPerson.putIfAbsent(Identities.personKey(l.person().familyName(), l.person().firstName(),
                                LocalDate.parse(l.birthDate())), l);
                    });
            em.createQuery("SELECT c FROM SchoolClassEntity c WHERE c.establishment.id = :e", SchoolClassEntity.class)
                    .setParameter("e", establishmentId).getResultList().forEach(c -> classes.put(c.code().toUpperCase(Locale.ROOT), c));
            List<String> unknown = parsed.learners().stream().map(ImportedLearner::ine).filter(i -> !byIne.containsKey(i)).toList();
            for (int from = 0; from < unknown.size(); from += IN_CHUNK) {
                ineElsewhere.addAll(em.createQuery("SELECT l.ine FROM LearnerEntity l WHERE l.ine IN :i", String.class)
                        .setParameter("i", unknown.subList(from, Math.min(unknown.size(), from + IN_CHUNK))).getResultList());
            }
        }

        private void newLearner(ImportedLearner row) {
            if (row.departure()) {
                refuse(row, "date_sortie", "refusal.leftUnknown", SHOWN.format(row.leftOn()));
                return;
            }
            SchoolClassEntity schoolClass = classes.get(row.classCode().toUpperCase(Locale.ROOT));
            if (schoolClass == null) {
                refuse(row, "classe", "refusal.unknownClass", row.classCode());
                return;
            }
            if (ineElsewhere.contains(row.ine())) {
                refuse(row, "ine", "refusal.ineElsewhere", row.ine());
                return;
            }
            LearnerEntity twin = byPerson.get(Identities.personKey(row.familyName(), row.firstName(), row.birthDate()));
            if (twin != null && !confirmed.contains(row.line())) {
                held.add(new Held(row.line(), Held.PROBABLE_DUPLICATE, identity(row), identity(twin), true,
                        text("held.probableDuplicate", twin.ine())));
                return;
            }
            toCreate.add(line(row, List.of()));
            if (apply) {
                if (logins == null) {
                    logins = new HashSet<>(em.createQuery("SELECT p.login FROM PersonEntity p", String.class).getResultList());
                }
                PersonEntity person = new PersonEntity(establishment, Role.LEARNER, OrganisationRecords.freeLogin(logins, row.firstName(),
                        row.familyName()), row.familyName(), row.firstName(), null, NO_PASSWORD_YET);
                em.persist(person);
                LearnerStatus status = statusOf(row);
                LearnerEntity created = new LearnerEntity(person, establishment, row.ine(), row.birthDate().toString(), status, schoolClass);
                em.persist(created);
                if (twin != null) {
                    // Someone decided this is another person than the known learner of the same names: the journal says who.
                    em.flush();
                    Audit.record(em, establishmentId, caller.login(), Audit.LEARNER_CREATED_DESPITE_NAMESAKE, "learner " + created.id(),
                            "namesake learner " + twin.id(), Audit.text(Audit.LEARNER_CREATED_DESPITE_NAMESAKE, Audit.name(person), row.ine(),
                                    twin.ine()));
                }
            }
        }

        private void knownLearner(ImportedLearner row, LearnerEntity known) {
            LocalDate knownBirth = LocalDate.parse(known.birthDate());
            if (Identities.differences(known.person().familyName(), known.person().firstName(), knownBirth, row.familyName(),
                    row.firstName(), row.birthDate()) >= 2) {
                held.add(new Held(row.line(), Held.INE_OF_ANOTHER_LEARNER, identity(row), identity(known), false,
                        text("held.ineOfAnother", row.ine())));
                return;
            }
            if (row.departure()) {
                if (known.leftOn() != null) {
                    unchanged.add(line(row, List.of()));
                    return;
                }
                String leftOn = SHOWN.format(row.leftOn());
                departures.add(line(row, List.of(text("change.left", leftOn,
                        known.schoolClass() == null ? "—" : known.schoolClass().code()))));
                if (apply) {
                    known.leave(row.leftOn().toString());
                    // No more access through the learner's folders: the tutors' links to them stop working.
                    long now = System.currentTimeMillis();
                    JpaTrainerLinks.revokeGrant(em, "learner:" + known.id(), now);
                    em.createQuery("SELECT p.id FROM PlacementEntity p WHERE p.learner.id = :l", Long.class).setParameter("l", known.id())
                            .getResultList().forEach(placement -> JpaTrainerLinks.revokeGrant(em, "placement:" + placement, now));
                    Audit.record(em, establishmentId, caller.login(), Audit.LEARNER_LEFT, "learner " + known.id(),
                            parsed.format() + " " + leftOn, Audit.text(Audit.LEARNER_LEFT, Audit.name(known.person()), parsed.format(), leftOn));
                }
                return;
            }
            SchoolClassEntity schoolClass = classes.get(row.classCode().toUpperCase(Locale.ROOT));
            if (schoolClass == null) {
                refuse(row, "classe", "refusal.unknownClass", row.classCode());
                return;
            }
            LearnerStatus status = statusOf(row);
            // SIECLE knows only pupils: the status is compared and changed by CSV imports alone.
            LearnerStatus newStatus = CsvLearnerParser.FORMAT.equals(parsed.format()) ? status : known.status();
            List<String> changes = changes(known, row, schoolClass, newStatus);
            if (changes.isEmpty()) {
                unchanged.add(line(row, List.of()));
                return;
            }
            toUpdate.add(line(row, changes));
            if (apply) {
                if (known.leftOn() != null) {
                    Audit.record(em, establishmentId, caller.login(), Audit.LEARNER_RETURNED, "learner " + known.id(), parsed.format(),
                            Audit.text(Audit.LEARNER_RETURNED, Audit.name(known.person()), parsed.format(), schoolClass.code()));
                    known.comeBack(schoolClass);
                }
                known.person().rename(row.familyName(), row.firstName());
                known.changeBirthDate(row.birthDate().toString());
                known.moveTo(schoolClass);
                known.changeStatus(newStatus);
            }
        }

        private List<String> changes(LearnerEntity learner, ImportedLearner row, SchoolClassEntity schoolClass, LearnerStatus status) {
            List<String> changes = new ArrayList<>();
            if (learner.leftOn() != null) {
                changes.add(text("change.comeBack", SHOWN.format(LocalDate.parse(learner.leftOn()))));
            }
            if (!learner.person().familyName().equals(row.familyName())) {
                changes.add(text("change.familyName", learner.person().familyName(), row.familyName()));
            }
            if (!learner.person().firstName().equals(row.firstName())) {
                changes.add(text("change.firstName", learner.person().firstName(), row.firstName()));
            }
            if (!learner.birthDate().equals(row.birthDate().toString())) {
                changes.add(text("change.birthDate", SHOWN.format(LocalDate.parse(learner.birthDate())), SHOWN.format(row.birthDate())));
            }
            if (learner.schoolClass() == null || learner.schoolClass().id() != schoolClass.id()) {
                changes.add(text("change.class", learner.schoolClass() == null ? "—" : learner.schoolClass().code(), schoolClass.code()));
            }
            if (learner.status() != status) {
                changes.add(text("change.status", text("status." + learner.status()), text("status." + status)));
            }
            return changes;
        }

        private void refuse(ImportedLearner row, String field, String key, Object... args) {
            refused.add(new ImportReport.Refusal(row.line(), field, text(key, args)));
        }
    }

    private static LearnerStatus statusOf(ImportedLearner row) {
        return row.status() == ImportedStatus.APPRENTICE ? LearnerStatus.APPRENTICE : LearnerStatus.PUPIL;
    }

    private static ImportReport.Line line(ImportedLearner row, List<String> changes) {
        return new ImportReport.Line(row.line(), row.ine(), row.familyName(), row.firstName(), SHOWN.format(row.birthDate()),
                row.classCode().isEmpty() ? null : row.classCode(), changes);
    }

    private static Identity identity(ImportedLearner row) {
        return new Identity(row.ine(), row.familyName(), row.firstName(), SHOWN.format(row.birthDate()),
                row.classCode().isEmpty() ? null : row.classCode());
    }

    private static Identity identity(LearnerEntity learner) {
        return new Identity(learner.ine(), learner.person().familyName(), learner.person().firstName(),
                SHOWN.format(LocalDate.parse(learner.birthDate())), learner.schoolClass() == null ? null : learner.schoolClass().code());
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
