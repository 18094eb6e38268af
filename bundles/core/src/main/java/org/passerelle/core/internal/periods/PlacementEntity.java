package org.passerelle.core.internal.periods;

import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.periods.LiaisonPlace;

/** A learner's folder for one period and its liaison sheet (fiche de liaison entreprise). */
@Entity
@Table(name = "PLACEMENT", uniqueConstraints = @UniqueConstraint(name = "UK_PLACEMENT", columnNames = {"PERIOD_ID", "LEARNER_ID"}))
public class PlacementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PERIOD_ID", nullable = false)
    private PeriodEntity period;

    @ManyToOne(optional = false)
    @JoinColumn(name = "LEARNER_ID", nullable = false)
    private LearnerEntity learner;

    @Column(name = "COMPANY_NAME", length = 200)
    private String companyName;
    @Column(name = "SECTOR", length = 200)
    private String sector;
    @Column(name = "SERVICE", length = 200)
    private String service;
    @Column(name = "ADDRESS", length = 500)
    private String address;
    @Column(name = "PHONE", length = 40)
    private String phone;
    @Column(name = "TUTOR_NAME", length = 200)
    private String tutorName;
    @Column(name = "TUTOR_FUNCTION", length = 200)
    private String tutorFunction;
    @Column(name = "TUTOR_PHONE", length = 40)
    private String tutorPhone;
    @Column(name = "TUTOR_EMAIL", length = 254)
    private String tutorEmail;

    /** The attendance certificate's fields (issue 10, item 6): see {@link org.passerelle.core.periods.AttendanceDetails}. */
    @Column(name = "REPRESENTATIVE_NAME", length = 200)
    private String representativeName;
    @Column(name = "HEAD_OFFICE_ADDRESS", length = 500)
    private String headOfficeAddress;
    @Column(name = "LEARNER_ADDRESS", length = 500)
    private String learnerAddress;
    @Column(name = "TOTAL_HOURS", precision = 6, scale = 1)
    private java.math.BigDecimal totalHours;
    @Column(name = "GRATIFICATION", length = 200)
    private String gratification;
    @Column(name = "SIGNED_AT", length = 100)
    private String signedAt;

    @Lob
    @Column(name = "OBJECTIVES", nullable = false)
    private String objectives;

    @Lob
    @Column(name = "TASKS", nullable = false)
    private String tasks;

    @Column(name = "INDIVIDUALISED", nullable = false)
    private boolean individualised;

    /** The pupil's company tutor for this period (apprentices have their master instead). */
    @ManyToOne
    @JoinColumn(name = "TUTOR_ID")
    private org.passerelle.core.internal.organisation.PersonEntity tutor;

    @Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected PlacementEntity() {
    }

    public PlacementEntity(PeriodEntity period, LearnerEntity learner) {
        this.period = period;
        this.learner = learner;
        followPeriod();
    }

    /** The sheet takes the period's objectives and tasks again and is no longer individualised. */
    public final void followPeriod() {
        this.objectives = JsonLists.write(period.objectives());
        this.tasks = JsonLists.write(period.tasks());
        this.individualised = false;
    }

    public void individualise(List<String> newObjectives, List<String> newTasks) {
        this.objectives = JsonLists.write(newObjectives);
        this.tasks = JsonLists.write(newTasks);
        this.individualised = true;
    }

    public void place(LiaisonPlace p) {
        companyName = p.companyName();
        sector = p.sector();
        service = p.service();
        address = p.address();
        phone = p.phone();
        tutorName = p.tutorName();
        tutorFunction = p.tutorFunction();
        tutorPhone = p.tutorPhone();
        tutorEmail = p.tutorEmail();
    }

    public LiaisonPlace place() {
        return new LiaisonPlace(companyName, sector, service, address, phone, tutorName, tutorFunction, tutorPhone, tutorEmail);
    }

    public void attendance(org.passerelle.core.periods.AttendanceDetails a) {
        representativeName = a.representativeName();
        headOfficeAddress = a.headOfficeAddress();
        learnerAddress = a.learnerAddress();
        totalHours = a.totalHours();
        gratification = a.gratification();
        signedAt = a.signedAt();
    }

    public org.passerelle.core.periods.AttendanceDetails attendance() {
        return new org.passerelle.core.periods.AttendanceDetails(representativeName, headOfficeAddress, learnerAddress, totalHours, gratification,
                signedAt, version);
    }

    public long id() {
        return id;
    }

    public PeriodEntity period() {
        return period;
    }

    public LearnerEntity learner() {
        return learner;
    }

    public List<String> objectives() {
        return JsonLists.read(objectives);
    }

    public List<String> tasks() {
        return JsonLists.read(tasks);
    }

    public boolean individualised() {
        return individualised;
    }

    /** True when an individualised sheet no longer matches its period. */
    public boolean differsFromPeriod() {
        return individualised && (!objectives().equals(period.objectives()) || !tasks().equals(period.tasks()));
    }

    public org.passerelle.core.internal.organisation.PersonEntity tutor() {
        return tutor;
    }

    public void tutor(org.passerelle.core.internal.organisation.PersonEntity person) {
        this.tutor = person;
    }

    public int version() {
        return version;
    }
}
