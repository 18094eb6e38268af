package org.passerelle.core.internal.organisation;

import java.io.InputStream;
import java.util.Set;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.passerelle.core.internal.security.PasswordHasher;
import org.passerelle.core.organisation.*;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * {@link OrganisationService} on JPA, one class per aggregate behind it: {@link EstablishmentRecords},
 * {@link SchoolClasses}, {@link People}, {@link Learners}, {@link LearnerImports}; what they share is in
 * {@link OrganisationRecords}. Every call checks access first, then runs in one transaction; passwords are hashed
 * before it.
 */
public final class JpaOrganisationService implements OrganisationService {

    private final EstablishmentRecords establishmentRecords;
    private final SchoolClasses schoolClasses;
    private final People people;
    private final Learners learners;
    private final LearnerImports imports;

    public JpaOrganisationService(JpaTemplate jpa, PasswordHasher hasher, ReferentialRegistry referentials) {
        this.establishmentRecords = new EstablishmentRecords(jpa);
        this.schoolClasses = new SchoolClasses(jpa, referentials);
        this.people = new People(jpa, hasher);
        this.learners = new Learners(jpa, hasher);
        this.imports = new LearnerImports(jpa, new LearnerImporter());
    }

    @Override
    public List<Establishment> establishments(Caller caller) {
        return establishmentRecords.establishments(caller);
    }

    @Override
    public Establishment establishment(Caller caller, long id) {
        return establishmentRecords.establishment(caller, id);
    }

    @Override
    public Establishment createEstablishment(Caller caller, EstablishmentForm form) {
        return establishmentRecords.createEstablishment(caller, form);
    }

    @Override
    public Establishment updateEstablishment(Caller caller, long id, EstablishmentForm form) {
        return establishmentRecords.updateEstablishment(caller, id, form);
    }

    @Override
    public void storeImage(Caller caller, long establishmentId, String kind, byte[] bytes) {
        establishmentRecords.storeImage(caller, establishmentId, kind, bytes);
    }

    @Override
    public java.util.Optional<Image> image(Caller caller, long establishmentId, String kind) {
        return establishmentRecords.image(caller, establishmentId, kind);
    }

    @Override
    public List<ClassLevel> classLevels(Caller caller, long establishmentId) {
        return schoolClasses.classLevels(caller, establishmentId);
    }

    @Override
    public ClassLevel createClassLevel(Caller caller, long establishmentId, String referentialCode, SchoolYear year, String label) {
        return schoolClasses.createClassLevel(caller, establishmentId, referentialCode, year, label);
    }

    @Override
    public List<SchoolClass> classes(Caller caller, long establishmentId) {
        return schoolClasses.classes(caller, establishmentId);
    }

    @Override
    public SchoolClass createClass(Caller caller, long establishmentId, String code, String label, long classLevelId) {
        return schoolClasses.createClass(caller, establishmentId, code, label, classLevelId);
    }

    @Override
    public List<Person> people(Caller caller, long establishmentId, Role role) {
        return people.people(caller, establishmentId, role);
    }

    @Override
    public Person person(Caller caller, long personId) {
        return people.person(caller, personId);
    }

    @Override
    public Created<Person> createPerson(Caller caller, long establishmentId, PersonForm form) {
        return people.createPerson(caller, establishmentId, form);
    }

    @Override
    public String resetPassword(Caller caller, long personId) {
        return people.resetPassword(caller, personId);
    }

    @Override
    public Person changeRole(Caller caller, long personId, Role role, Integer version) {
        return people.changeRole(caller, personId, role, version);
    }

    @Override
    public List<Learner> learners(Caller caller, long establishmentId, Long classId) {
        return learners.learners(caller, establishmentId, classId);
    }

    @Override
    public Learner learner(Caller caller, long learnerId) {
        return learners.learner(caller, learnerId);
    }

    @Override
    public java.util.Optional<Learner> ownLearner(Caller caller) {
        return learners.ownLearner(caller);
    }

    @Override
    public Created<Learner> createLearner(Caller caller, long establishmentId, LearnerForm form) {
        return learners.createLearner(caller, establishmentId, form);
    }

    @Override
    public Learner assignLearner(Caller caller, long learnerId, LearnerAssignment assignment) {
        return learners.assignLearner(caller, learnerId, assignment);
    }

    @Override
    public ImportReport importSiecle(Caller caller, long establishmentId, InputStream xml, boolean apply, Set<Integer> confirmedLines) {
        return imports.importSiecle(caller, establishmentId, xml, apply, confirmedLines);
    }

    @Override
    public ImportReport importCsv(Caller caller, long establishmentId, InputStream csv, String declaredCharset, boolean apply,
            Set<Integer> confirmedLines) {
        return imports.importCsv(caller, establishmentId, csv, declaredCharset, apply, confirmedLines);
    }
}
