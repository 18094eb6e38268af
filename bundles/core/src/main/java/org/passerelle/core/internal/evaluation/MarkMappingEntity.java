package org.passerelle.core.internal.evaluation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OneToOne;
import javax.persistence.Table;
import javax.persistence.Version;
import org.passerelle.core.internal.organisation.EstablishmentEntity;

/** An establishment's own mark mapping: each review level's share as text (« 2/3 », « 0.5 »), so that thirds stay exact. */
@Entity
@Table(name = "MARK_MAPPING")
public class MarkMappingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "ESTABLISHMENT_ID", nullable = false, unique = true)
    private EstablishmentEntity establishment;

    @Column(name = "ACQUIRED", nullable = false, length = 16)
    private String acquired;

    @Column(name = "PARTLY_ACQUIRED", nullable = false, length = 16)
    private String partlyAcquired;

    @Column(name = "BEING_ACQUIRED", nullable = false, length = 16)
    private String beingAcquired;

    @Column(name = "NOT_ACQUIRED", nullable = false, length = 16)
    private String notAcquired;

    @Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected MarkMappingEntity() {
    }

    public MarkMappingEntity(EstablishmentEntity establishment) {
        this.establishment = establishment;
    }

    public String[] shares() {
        return new String[] {acquired, partlyAcquired, beingAcquired, notAcquired};
    }

    public void shares(String newAcquired, String newPartly, String newBeing, String newNot) {
        this.acquired = newAcquired;
        this.partlyAcquired = newPartly;
        this.beingAcquired = newBeing;
        this.notAcquired = newNot;
    }

    public int version() {
        return version;
    }
}
