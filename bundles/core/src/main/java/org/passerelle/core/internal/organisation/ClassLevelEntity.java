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
import javax.persistence.Table;
import org.passerelle.core.organisation.SchoolYear;

/** A class level: a referential code and a year within an establishment. */
@Entity
@Table(name = "CLASS_LEVEL")
public class ClassLevelEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ESTABLISHMENT_ID", nullable = false)
    private EstablishmentEntity establishment;

    @Column(name = "REFERENTIAL_CODE", nullable = false, length = 32)
    private String referentialCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "SCHOOL_YEAR", nullable = false, length = 16)
    private SchoolYear year;

    @Column(name = "LABEL", nullable = false, length = 120)
    private String label;

    protected ClassLevelEntity() {
    }

    public ClassLevelEntity(EstablishmentEntity establishment, String referentialCode, SchoolYear year, String label) {
        this.establishment = establishment;
        this.referentialCode = referentialCode;
        this.year = year;
        this.label = label;
    }

    public long id() {
        return id;
    }

    public EstablishmentEntity establishment() {
        return establishment;
    }

    public String referentialCode() {
        return referentialCode;
    }

    public SchoolYear year() {
        return year;
    }

    public String label() {
        return label;
    }
}
