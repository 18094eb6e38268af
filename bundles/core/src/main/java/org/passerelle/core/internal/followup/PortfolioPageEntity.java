package org.passerelle.core.internal.followup;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.periods.PlacementEntity;

/**
 * A page of a placement's portfolio or logbook, or its personal review. When the learner is taken off the period the
 * page stays with the learner (placement null) and keeps the period's name: a learner's work is never lost.
 */
@Entity
@Table(name = "PORTFOLIO_PAGE", uniqueConstraints = @UniqueConstraint(name = "UK_PORTFOLIO_PAGE", columnNames = {"PLACEMENT_ID", "PAGE_CODE"}))
public class PortfolioPageEntity extends PageRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "LEARNER_ID", nullable = false)
    private LearnerEntity learner;

    @ManyToOne
    @JoinColumn(name = "PLACEMENT_ID")
    private PlacementEntity placement;

    @Column(name = "FORMER_PERIOD_NAME", length = 200)
    private String formerPeriodName;

    protected PortfolioPageEntity() {
    }

    public PortfolioPageEntity(PlacementEntity placement, String pageCode) {
        super(pageCode);
        this.placement = placement;
        this.learner = placement.learner();
    }

    /** The placement goes (the learner was taken off the period): the page stays the learner's. */
    public void leave() {
        if (placement != null) {
            formerPeriodName = placement.period().name();
            placement = null;
        }
    }

    public long id() {
        return id;
    }

    public PlacementEntity placement() {
        return placement;
    }

    public LearnerEntity learner() {
        return learner;
    }
}
