package org.passerelle.core.internal.evaluation;

import java.util.Objects;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.passerelle.core.internal.organisation.PersonEntity;

/**
 * One stored level with its own version: a criterion's ({@link CriterionResultEntity}) or an attitude's
 * ({@link AttitudeResultEntity}). Both follow one rule, here: a change names the version it read, and two people
 * choosing the same level is no conflict.
 */
interface LevelRow {

    /** The level's {@link org.passerelle.core.evaluation.SuccessLevel} name, null once cleared. */
    String level();

    int version();

    void set(String level, PersonEntity by, long now);

    /**
     * Whether a change read at {@code version} may set {@code level}: it names the version stored now (0 for a row never
     * saved, {@code row} null), or the level stored now is already the one it sets.
     */
    static boolean fresh(LevelRow row, String level, int version) {
        return (row == null ? 0 : row.version()) == version || row != null && Objects.equals(row.level(), level);
    }

    /** Sets the level, making the row with {@code make} the first time; the same level again leaves the row as it is. */
    static <R extends LevelRow> R write(EntityManager em, R row, Supplier<R> make, String level, PersonEntity by, long now) {
        if (row == null) {
            R made = make.get();
            made.set(level, by, now);
            em.persist(made);
            return made;
        }
        if (!Objects.equals(row.level(), level)) {
            row.set(level, by, now);
        }
        return row;
    }
}
