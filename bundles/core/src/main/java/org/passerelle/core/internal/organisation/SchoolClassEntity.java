package org.passerelle.core.internal.organisation;

import java.util.Locale;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A class (division), e.g. 1MELEC; its code is unique within the establishment whatever its case (2pmia and 2PMIA are
 * one class): the unique key is on {@link #keyOf(String) the code in upper case} (006-class-code-key.xml).
 */
@Entity
@Table(name = "SCHOOL_CLASS", uniqueConstraints = @UniqueConstraint(name = "UK_CLASS_CODE_KEY", columnNames = {"ESTABLISHMENT_ID", "CODE_KEY"}))
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

    /** {@link #keyOf(String)} of the code: what the unique key compares. */
    @Column(name = "CODE_KEY", nullable = false, length = 64)
    private String codeKey;

    @Column(name = "LABEL", nullable = false, length = 120)
    private String label;

    protected SchoolClassEntity() {
    }

    public SchoolClassEntity(EstablishmentEntity establishment, ClassLevelEntity classLevel, String code, String label) {
        this.establishment = establishment;
        this.classLevel = classLevel;
        this.code = code;
        this.codeKey = keyOf(code);
        this.label = label;
    }

    /** What codes are compared by: the code in upper case (Locale.ROOT). */
    public static String keyOf(String code) {
        return code.toUpperCase(Locale.ROOT);
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
