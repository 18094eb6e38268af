package org.passerelle.core.internal.periods;

import java.util.List;
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
import org.passerelle.core.internal.organisation.ClassLevelEntity;

/** A pedagogical annex: objectives and planned tasks of a class level, under a pinned referential version. */
@Entity
@Table(name = "PEDAGOGICAL_ANNEX")
public class AnnexEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CLASS_LEVEL_ID", nullable = false)
    private ClassLevelEntity classLevel;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "REFERENTIAL_CODE", nullable = false, length = 32)
    private String referentialCode;

    @Column(name = "REFERENTIAL_VERSION", nullable = false, length = 32)
    private String referentialVersion;

    @Lob
    @Column(name = "OBJECTIVES", nullable = false)
    private String objectives;

    @Lob
    @Column(name = "TASKS", nullable = false)
    private String tasks;

    @Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected AnnexEntity() {
    }

    public AnnexEntity(ClassLevelEntity classLevel, String name, String referentialCode, String referentialVersion, List<String> objectives,
                       List<String> tasks) {
        this.classLevel = classLevel;
        this.referentialCode = referentialCode;
        this.referentialVersion = referentialVersion;
        update(name, objectives, tasks);
    }

    public final void update(String newName, List<String> newObjectives, List<String> newTasks) {
        this.name = newName;
        this.objectives = JsonLists.write(newObjectives);
        this.tasks = JsonLists.write(newTasks);
    }

    public long id() {
        return id;
    }

    public ClassLevelEntity classLevel() {
        return classLevel;
    }

    public String name() {
        return name;
    }

    public String referentialCode() {
        return referentialCode;
    }

    public String referentialVersion() {
        return referentialVersion;
    }

    public List<String> objectives() {
        return JsonLists.read(objectives);
    }

    public List<String> tasks() {
        return JsonLists.read(tasks);
    }

    public int version() {
        return version;
    }
}
