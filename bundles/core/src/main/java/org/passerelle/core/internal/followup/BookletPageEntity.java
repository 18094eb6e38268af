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

/** A section of an apprentice's apprenticeship booklet (livret d'apprentissage), over their whole course. */
@Entity
@Table(name = "BOOKLET_PAGE", uniqueConstraints = @UniqueConstraint(name = "UK_BOOKLET_PAGE", columnNames = {"LEARNER_ID", "PAGE_CODE"}))
public class BookletPageEntity extends PageRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "LEARNER_ID", nullable = false)
    private LearnerEntity learner;

    protected BookletPageEntity() {
    }

    public BookletPageEntity(LearnerEntity learner, String pageCode) {
        super(pageCode);
        this.learner = learner;
    }

    public long id() {
        return id;
    }

    public LearnerEntity learner() {
        return learner;
    }
}
