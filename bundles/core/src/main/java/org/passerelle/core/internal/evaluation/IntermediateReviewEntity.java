package org.passerelle.core.internal.evaluation;

import java.math.BigDecimal;
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
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;

/**
 * A competency review of a learner: an intermediate competency review (teachers) or a master's company-activity review
 * ({@code KIND}); a draft until finalised, then never changed but by the DDFPT's audited unlock. Its levels are
 * {@link ReviewLevelEntity} rows. A finalised intermediate review's date locks the company reviews met on or before it.
 */
@Entity
@Table(name = "INTERMEDIATE_REVIEW")
public class IntermediateReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "LEARNER_ID", nullable = false)
    private LearnerEntity learner;

    /** A {@link org.passerelle.core.evaluation.CompetencyReview.Kind} name. */
    @Column(name = "KIND", nullable = false, length = 24)
    private String kind = "INTERMEDIATE";

    @Column(name = "REVIEW_DATE", nullable = false, length = 10)
    private String reviewDate;

    @Column(name = "FINALISED", nullable = false)
    private boolean finalised;

    @Column(name = "REFERENTIAL_CODE", length = 32)
    private String referentialCode;

    @Column(name = "REFERENTIAL_VERSION", length = 32)
    private String referentialVersion;

    @Lob
    @Column(name = "FINDINGS")
    private String findings;

    @Lob
    @Column(name = "ADVICE")
    private String advice;

    @Column(name = "PROPOSED_MARK", precision = 5, scale = 2)
    private BigDecimal proposedMark;

    @Column(name = "KEPT_MARK", precision = 5, scale = 2)
    private BigDecimal keptMark;

    /** The mark mapping the proposed mark was finalised with (« 1;2/3;1/3;0 »), so that its formula still adds up. */
    @Column(name = "MARK_MAPPING", length = 80)
    private String markMapping;

    @ManyToOne
    @JoinColumn(name = "CREATED_BY")
    private PersonEntity createdBy;

    @ManyToOne
    @JoinColumn(name = "FINALISED_BY")
    private PersonEntity finalisedBy;

    @Column(name = "FINALISED_AT", nullable = false)
    private long finalisedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    @Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected IntermediateReviewEntity() {
    }

    public IntermediateReviewEntity(LearnerEntity learner, String reviewDate, boolean finalised) {
        this.learner = learner;
        this.reviewDate = reviewDate;
        this.finalised = finalised;
    }

    public IntermediateReviewEntity(LearnerEntity learner, String kind, String reviewDate, String referentialCode, String referentialVersion,
                                    PersonEntity createdBy, long now) {
        this(learner, reviewDate, false);
        this.kind = kind;
        this.referentialCode = referentialCode;
        this.referentialVersion = referentialVersion;
        this.createdBy = createdBy;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public LearnerEntity learner() {
        return learner;
    }

    public String kind() {
        return kind;
    }

    public String reviewDate() {
        return reviewDate;
    }

    public boolean finalised() {
        return finalised;
    }

    public String referentialCode() {
        return referentialCode;
    }

    public String referentialVersion() {
        return referentialVersion;
    }

    public String findings() {
        return findings;
    }

    public String advice() {
        return advice;
    }

    public BigDecimal proposedMark() {
        return proposedMark;
    }

    public String markMapping() {
        return markMapping;
    }

    public BigDecimal keptMark() {
        return keptMark;
    }

    public PersonEntity createdBy() {
        return createdBy;
    }

    public PersonEntity finalisedBy() {
        return finalisedBy;
    }

    public long finalisedAt() {
        return finalisedAt;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }

    public void edit(String newDate, String newFindings, String newAdvice, BigDecimal newKeptMark, long now) {
        this.reviewDate = newDate;
        this.findings = newFindings;
        this.advice = newAdvice;
        this.keptMark = newKeptMark;
        this.updatedAt = now;
    }

    /** Finalised with the mark proposed then (it never changes after, whatever the mapping becomes). */
    public void finalise(BigDecimal proposed, String mapping, PersonEntity by, long now) {
        this.finalised = true;
        this.markMapping = mapping;
        this.proposedMark = proposed;
        this.finalisedBy = by;
        this.finalisedAt = now;
        this.updatedAt = now;
    }

    /** The DDFPT's unlock: a draft again. */
    public void unlock(long now) {
        this.finalised = false;
        this.proposedMark = null;
        this.markMapping = null;
        this.finalisedBy = null;
        this.finalisedAt = 0;
        this.updatedAt = now;
    }
}
