package org.passerelle.core.organisation;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * Establishments, classes and people. Every method checks the caller's role and that the records are in the
 * caller's establishment (a record elsewhere is "not found", so that nothing leaks across establishments).
 * Every write is one transaction.
 */
public interface OrganisationService {

    List<Establishment> establishments(Caller caller);

    Establishment establishment(Caller caller, long id);

    Establishment createEstablishment(Caller caller, EstablishmentForm form);

    Establishment updateEstablishment(Caller caller, long id, EstablishmentForm form);

    /** Stores the establishment's logo or stamp (kind "logo" or "stamp"): PNG or JPEG, 1 MB at most. */
    void storeImage(Caller caller, long establishmentId, String kind, byte[] bytes);

    /** The image and its media type, or empty when none was stored. */
    java.util.Optional<Image> image(Caller caller, long establishmentId, String kind);

    /** An image as stored. */
    record Image(byte[] bytes, String contentType) {
    }

    List<ClassLevel> classLevels(Caller caller, long establishmentId);

    ClassLevel createClassLevel(Caller caller, long establishmentId, String referentialCode, SchoolYear year, String label);

    List<SchoolClass> classes(Caller caller, long establishmentId);

    SchoolClass createClass(Caller caller, long establishmentId, String code, String label, long classLevelId);

    List<Person> people(Caller caller, long establishmentId, Role role);

    /** One person: oneself, or someone of one's establishment for its staff. */
    Person person(Caller caller, long personId);

    Created<Person> createPerson(Caller caller, long establishmentId, PersonForm form);

    /** ADMIN: a new temporary password; the person's sessions are revoked. */
    String resetPassword(Caller caller, long personId);

    /**
     * ADMIN: changes a staff member's role (ADMIN, DDFPT or TEACHER; never one's own: 403 own-role), from the
     * person's {@code version} (required: 400 without it; 409 stale-version with the current person when someone
     * changed it meanwhile). The person's sessions end; the audit log records the change.
     */
    Person changeRole(Caller caller, long personId, Role role, Integer version);

    List<Learner> learners(Caller caller, long establishmentId, Long classId);

    Learner learner(Caller caller, long learnerId);

    /** For a learner: their own learner record (their id in the learner views); empty for everyone else. */
    java.util.Optional<Learner> ownLearner(Caller caller);

    Created<Learner> createLearner(Caller caller, long establishmentId, LearnerForm form);

    /** ADMIN or DDFPT: moves a learner to a class, changes their status, referent teacher and master. */
    Learner assignLearner(Caller caller, long learnerId, LearnerAssignment assignment);

    /**
     * ADMIN or DDFPT of the establishment: previews (apply false) or applies in one transaction an import of a SIECLE
     * XML export ({@code ExportXML_ElevesSansAdresses.xml}), read as a stream: 64 MB at most here (about 30,000 pupils
     * with full records; the REST layer's upload limit, 32 MiB by default, comes first), 20,000 pupils at most.
     *
     * @param confirmedLines lines held as {@link ImportReport.Held#PROBABLE_DUPLICATE} that the caller confirms as new
     *                       learners (null or empty: none)
     * @throws org.passerelle.core.DomainException 403 / 404 before the file is read; {@code 400 required} empty;
     *                                             {@code 413 file-too-large}; {@code 400 unusable-import} with a French
     *                                             detail when the file as a whole cannot be used
     */
    ImportReport importSiecle(Caller caller, long establishmentId, InputStream xml, boolean apply, Set<Integer> confirmedLines);

    /**
     * As {@link #importSiecle}, for a CSV of learners (5 MB at most), in the encoding the request declares
     * ({@code declaredCharset}, may be null) or else the one detected (UTF-8, UTF-16, Windows-1252, ISO-8859-15).
     */
    ImportReport importCsv(Caller caller, long establishmentId, InputStream csv, String declaredCharset, boolean apply,
            Set<Integer> confirmedLines);
}
