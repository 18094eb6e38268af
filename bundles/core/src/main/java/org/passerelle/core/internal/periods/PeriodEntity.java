package org.passerelle.core.internal.periods;

import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;
import org.passerelle.core.periods.PeriodKind;

/** A period in company; a copy of its annex's objectives and tasks, edited without ever touching the annex. */
@Entity
@Table(name = "PERIOD")
public class PeriodEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ANNEX_ID", nullable = false)
    private AnnexEntity annex;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private PeriodKind kind;

    /** ISO dates as text, like the learners' birth dates. */
    @Column(name = "START_DATE", nullable = false, length = 10)
    private String startDate;

    @Column(name = "END_DATE", nullable = false, length = 10)
    private String endDate;

    @Lob
    @Column(name = "OBJECTIVES", nullable = false)
    private String objectives;

    @Lob
    @Column(name = "TASKS", nullable = false)
    private String tasks;

    /** What every pre-agreement of the period prints (issue 10, item 6): see {@link org.passerelle.core.periods.PreAgreementTerms}. */
    @Column(name = "CONSULTATION_TERMS", length = 2000)
    private String consultationTerms;
    @Column(name = "DEROGATION_WORK", length = 2000)
    private String derogationWork;
    @Column(name = "ASSESSMENT_TERMS", length = 2000)
    private String assessmentTerms;

    /** 0, or when the period was deleted: it can be restored for 30 days. */
    @Column(name = "DELETED_AT", nullable = false)
    private long deletedAt;

    @Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected PeriodEntity() {
    }

    public PeriodEntity(AnnexEntity annex, String name, PeriodKind kind, String startDate, String endDate) {
        this.annex = annex;
        inform(name, kind, startDate, endDate);
        this.objectives = JsonLists.write(annex.objectives());
        this.tasks = JsonLists.write(annex.tasks());
    }

    public final void inform(String newName, PeriodKind newKind, String newStart, String newEnd) {
        this.name = newName;
        this.kind = newKind;
        this.startDate = newStart;
        this.endDate = newEnd;
    }

    public void preAgreementTerms(org.passerelle.core.periods.PreAgreementTerms terms) {
        this.consultationTerms = terms.consultation();
        this.derogationWork = terms.derogationWork();
        this.assessmentTerms = terms.assessment();
    }

    public org.passerelle.core.periods.PreAgreementTerms preAgreementTerms() {
        return new org.passerelle.core.periods.PreAgreementTerms(consultationTerms, derogationWork, assessmentTerms, version);
    }

    public long id() {
        return id;
    }

    public AnnexEntity annex() {
        return annex;
    }

    public String name() {
        return name;
    }

    public PeriodKind kind() {
        return kind;
    }

    public String startDate() {
        return startDate;
    }

    public String endDate() {
        return endDate;
    }

    public List<String> objectives() {
        return JsonLists.read(objectives);
    }

    public void changeObjectives(List<String> values) {
        this.objectives = JsonLists.write(values);
    }

    public List<String> tasks() {
        return JsonLists.read(tasks);
    }

    public void changeTasks(List<String> values) {
        this.tasks = JsonLists.write(values);
    }

    public boolean deleted() {
        return deletedAt != 0;
    }

    public long deletedAt() {
        return deletedAt;
    }

    public void delete(long now) {
        deletedAt = now;
    }

    public void restore() {
        deletedAt = 0;
    }

    public int version() {
        return version;
    }
}
