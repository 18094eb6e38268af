package org.passerelle.core.internal.evaluation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;
import org.passerelle.core.internal.organisation.EstablishmentEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.organisation.SchoolClassEntity;

/**
 * A school evaluation (évaluation en établissement, formative « F ») of a class: dated, with a complexity, on the
 * criteria of its grid (JSON list of competency / criterion), in one referential version. Each learner's levels are
 * their {@link EvaluationEntity}'s results.
 */
@Entity
@Table(name = "SCHOOL_EVALUATION")
public class SchoolEvaluationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ESTABLISHMENT_ID", nullable = false)
    private EstablishmentEntity establishment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CLASS_ID", nullable = false)
    private SchoolClassEntity schoolClass;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "EVAL_DATE", nullable = false, length = 10)
    private String date;

    /** A {@link org.passerelle.core.evaluation.Dashboard.Complexity} name. */
    @Column(name = "COMPLEXITY", nullable = false, length = 16)
    private String complexity;

    @Column(name = "REFERENTIAL_CODE", nullable = false, length = 32)
    private String referentialCode;

    @Column(name = "REFERENTIAL_VERSION", nullable = false, length = 32)
    private String referentialVersion;

    @Lob
    @Column(name = "CRITERIA", nullable = false)
    private String criteria;

    @ManyToOne
    @JoinColumn(name = "CREATED_BY")
    private PersonEntity createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected SchoolEvaluationEntity() {
    }

    public SchoolEvaluationEntity(SchoolClassEntity schoolClass, String title, String date, String complexity, String referentialCode,
                                  String referentialVersion, String criteria, PersonEntity createdBy, long createdAt) {
        this.establishment = schoolClass.establishment();
        this.schoolClass = schoolClass;
        this.title = title;
        this.date = date;
        this.complexity = complexity;
        this.referentialCode = referentialCode;
        this.referentialVersion = referentialVersion;
        this.criteria = criteria;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public EstablishmentEntity establishment() {
        return establishment;
    }

    public SchoolClassEntity schoolClass() {
        return schoolClass;
    }

    public String title() {
        return title;
    }

    public String date() {
        return date;
    }

    public String complexity() {
        return complexity;
    }

    public String referentialCode() {
        return referentialCode;
    }

    public String referentialVersion() {
        return referentialVersion;
    }

    public String criteria() {
        return criteria;
    }

    /** Its title, date, complexity and grid, as a teacher edits them (the class and referential never change). */
    public void edit(String title, String date, String complexity, String criteria) {
        this.title = title;
        this.date = date;
        this.complexity = complexity;
        this.criteria = criteria;
    }

    public int version() {
        return version;
    }
}
