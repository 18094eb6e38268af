package org.passerelle.core.internal.evaluation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OneToOne;
import javax.persistence.Table;
import org.passerelle.core.internal.periods.PlacementEntity;

/** The company review of a placement; for now its meeting date, which places it in the learner's chronology. */
@Entity
@Table(name = "COMPANY_REVIEW")
public class CompanyReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "PLACEMENT_ID", nullable = false, unique = true)
    private PlacementEntity placement;

    /** ISO date as text: compares as dates do. */
    @Column(name = "MEETING_DATE", nullable = false, length = 10)
    private String meetingDate;

    protected CompanyReviewEntity() {
    }

    public CompanyReviewEntity(PlacementEntity placement, String meetingDate) {
        this.placement = placement;
        this.meetingDate = meetingDate;
    }

    public String meetingDate() {
        return meetingDate;
    }

    public void meetingDate(String date) {
        this.meetingDate = date;
    }
}
