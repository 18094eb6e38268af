package org.passerelle.core.internal.organisation;

import java.time.LocalDate;
import org.passerelle.core.organisation.ClassLevel;
import org.passerelle.core.organisation.Establishment;
import org.passerelle.core.organisation.Learner;
import org.passerelle.core.organisation.Person;
import org.passerelle.core.organisation.SchoolClass;

/** Entities to the API's records (nothing JPA leaves the core). */
final class Views {

    private Views() {
    }

    static Establishment establishment(EstablishmentEntity e) {
        return new Establishment(e.id(), e.uai(), e.name(), e.address(), e.contactEmail(), e.version(), e.timeZone());
    }

    static ClassLevel classLevel(ClassLevelEntity c) {
        return new ClassLevel(c.id(), c.establishment().id(), c.referentialCode(), c.year(), c.label());
    }

    static SchoolClass schoolClass(SchoolClassEntity c, long learners) {
        return new SchoolClass(c.id(), c.establishment().id(), c.code(), c.label(), c.classLevel().id(), learners);
    }

    static Person person(PersonEntity p) {
        return new Person(p.id(), p.establishmentId(), p.login(), p.familyName(), p.firstName(), p.email(), p.role(), p.active(), p.version());
    }

    static Learner learner(LearnerEntity l) {
        PersonEntity p = l.person();
        return new Learner(l.id(), p.id(), l.establishment().id(), p.login(), p.familyName(), p.firstName(), l.ine(), LocalDate.parse(l.birthDate()),
                l.status(), l.schoolClass() == null ? null : l.schoolClass().id(), l.schoolClass() == null ? null : l.schoolClass().code(),
                l.referentTeacher() == null ? null : l.referentTeacher().id(), l.master() == null ? null : l.master().id(), l.version(),
                l.leftOn() == null ? null : LocalDate.parse(l.leftOn()));
    }
}
