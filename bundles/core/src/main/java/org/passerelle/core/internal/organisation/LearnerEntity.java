package org.passerelle.core.internal.organisation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToOne;
import javax.persistence.Table;
import org.passerelle.core.organisation.LearnerStatus;

/** A learner's school record; their account is the person. The INE is unique nationally. */
@Entity
@Table(name = "LEARNER")
public class LearnerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "PERSON_ID", nullable = false, unique = true)
    private PersonEntity person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ESTABLISHMENT_ID", nullable = false)
    private EstablishmentEntity establishment;

    @Column(name = "INE", nullable = false, unique = true, length = 11)
    private String ine;

    /** ISO date; kept as text for portability across databases. */
    @Column(name = "BIRTH_DATE", nullable = false, length = 10)
    private String birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private LearnerStatus status;

    @ManyToOne
    @JoinColumn(name = "CLASS_ID")
    private SchoolClassEntity schoolClass;

    /** ISO date the learner left the establishment (a SIECLE exit date), null while they are enrolled. */
    @Column(name = "LEFT_ON", length = 10)
    private String leftOn;

    @ManyToOne
    @JoinColumn(name = "REFERENT_TEACHER_ID")
    private PersonEntity referentTeacher;

    @ManyToOne
    @JoinColumn(name = "MASTER_ID")
    private PersonEntity master;

    @javax.persistence.Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected LearnerEntity() {
    }

    public LearnerEntity(PersonEntity person, EstablishmentEntity establishment, String ine, String birthDate, LearnerStatus status,
                         SchoolClassEntity schoolClass) {
        this.person = person;
        this.establishment = establishment;
        this.ine = ine;
        this.birthDate = birthDate;
        this.status = status;
        this.schoolClass = schoolClass;
    }

    public long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public PersonEntity person() {
        return person;
    }

    public EstablishmentEntity establishment() {
        return establishment;
    }

    public String ine() {
        return ine;
    }

    public String birthDate() {
        return birthDate;
    }

    public void changeBirthDate(String newBirthDate) {
        this.birthDate = newBirthDate;
    }

    public LearnerStatus status() {
        return status;
    }

    public void changeStatus(LearnerStatus newStatus) {
        this.status = newStatus;
    }

    public SchoolClassEntity schoolClass() {
        return schoolClass;
    }

    public void moveTo(SchoolClassEntity newClass) {
        this.schoolClass = newClass;
    }

    /** ISO date of leaving, or null. */
    public String leftOn() {
        return leftOn;
    }

    /**
     * The learner leaves the establishment on {@code isoDate}: out of their class, their account closed. Their record
     * and everything attached to it stay.
     */
    public void leave(String isoDate) {
        this.leftOn = isoDate;
        this.schoolClass = null;
        person.close();
    }

    /** A learner who had left is enrolled again, in {@code newClass}; their account is open again. */
    public void comeBack(SchoolClassEntity newClass) {
        this.leftOn = null;
        this.schoolClass = newClass;
        person.reopen();
    }

    public PersonEntity referentTeacher() {
        return referentTeacher;
    }

    public PersonEntity master() {
        return master;
    }

    public void assign(PersonEntity newReferentTeacher, PersonEntity newMaster) {
        this.referentTeacher = newReferentTeacher;
        this.master = newMaster;
    }
}
