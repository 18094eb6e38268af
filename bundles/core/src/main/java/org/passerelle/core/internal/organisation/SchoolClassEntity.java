package org.passerelle.core.internal.organisation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** A class (division), e.g. 1MELEC; its code is unique within the establishment. */
@Entity
@Table(name = "SCHOOL_CLASS", uniqueConstraints = @UniqueConstraint(name = "UK_CLASS_CODE", columnNames = {"ESTABLISHMENT_ID", "CODE"}))
public class SchoolClassEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ESTABLISHMENT_ID", nullable = false)
    private EstablishmentEntity establishment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CLASS_LEVEL_ID", nullable = false)
    private ClassLevelEntity classLevel;

    @Column(name = "CODE", nullable = false, length = 32)
    private String code;

    @Column(name = "LABEL", nullable = false, length = 120)
    private String label;

    protected SchoolClassEntity() {
    }

    public SchoolClassEntity(EstablishmentEntity establishment, ClassLevelEntity classLevel, String code, String label) {
        this.establishment = establishment;
        this.classLevel = classLevel;
        this.code = code;
        this.label = label;
    }

    public long id() {
        return id;
    }

    public EstablishmentEntity establishment() {
        return establishment;
    }

    public ClassLevelEntity classLevel() {
        return classLevel;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
