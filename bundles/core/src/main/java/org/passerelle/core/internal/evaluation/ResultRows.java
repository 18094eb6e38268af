package org.passerelle.core.internal.evaluation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.CriterionResult;
import org.passerelle.core.evaluation.ResultChange;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.core.internal.common.ReferentialCriteria;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.referential.model.Referential;

/**
 * The levels of evaluations, saved one by one from the version each writer read (issue 12, item 2: a level set by one
 * person is never silently overwritten by another). The caller holds a lock on the review or evaluation the levels
 * belong to, so that two first saves of one level are one after the other and the unique key is never what answers.
 */
final class ResultRows {

    private ResultRows() {
    }

    /** The key of a level within one evaluation: {@code competency/criterion}, criterion '' for the competency as a whole. */
    static String key(String competency, String criterion) {
        return competency + "/" + (criterion == null ? "" : criterion);
    }

    /** Checks a change's codes against the referential version and that it names the version it read. */
    static void check(ResultChange change, Referential referential, String at) {
        Validation.present(change, at);
        String competency = Validation.required(change.competency(), at + ".competency", 32);
        var criteria = ReferentialCriteria.of(referential, competency).orElseThrow(() -> DomainException.invalid("unknown-competency",
                at + ".competency", competency, referential.code(), referential.version()));
        String criterion = Validation.optional(change.criterion(), at + ".criterion", 32);
        if (criterion != null && criteria.stream().noneMatch(c -> c.code().equals(criterion))) {
            throw DomainException.invalid("unknown-criterion", at + ".criterion", criterion, competency);
        }
        Validation.version(change.version(), at + ".version");
    }

    /** The stored levels of these evaluations, by evaluation id then {@link #key}. */
    static Map<Long, Map<String, CriterionResultEntity>> of(EntityManager em, List<Long> evaluationIds) {
        Map<Long, Map<String, CriterionResultEntity>> rows = new HashMap<>();
        if (evaluationIds.isEmpty()) {
            return rows;
        }
        em.createQuery("SELECT r FROM CriterionResultEntity r WHERE r.evaluation.id IN :e", CriterionResultEntity.class)
                .setParameter("e", evaluationIds).getResultList()
                .forEach(r -> rows.computeIfAbsent(r.evaluation().id(), e -> new HashMap<>()).put(key(r.competency(), r.criterion()), r));
        return rows;
    }

    /**
     * Whether the change may be written: it names the version stored now (0 for a level never saved), or the level
     * stored now is already the one it sets (two people choosing the same level is no conflict).
     */
    static boolean fresh(Map<String, CriterionResultEntity> rows, ResultChange change) {
        CriterionResultEntity row = rows == null ? null : rows.get(key(change.competency(), change.criterion()));
        return LevelRow.fresh(row, change.level() == null ? null : change.level().name(), change.version());
    }

    /** Writes the level, making its row the first time. */
    static void apply(EntityManager em, EvaluationEntity evaluation, Map<String, CriterionResultEntity> rows, ResultChange change,
                      PersonEntity by, long now) {
        String key = key(change.competency(), change.criterion());
        rows.put(key, LevelRow.write(em, rows.get(key), () -> new CriterionResultEntity(evaluation, change.competency(), change.criterion()),
                change.level() == null ? null : change.level().name(), by, now));
    }

    static CriterionResult view(CriterionResultEntity row, List<Integer> sheets) {
        return new CriterionResult(row.competency(), row.criterion(), row.level() == null ? null : SuccessLevel.valueOf(row.level()), sheets,
                name(row.updatedBy()), row.updatedAt() == 0 ? null : Instant.ofEpochMilli(row.updatedAt()), row.version());
    }

    static String name(PersonEntity person) {
        return person == null ? null : person.firstName() + " " + person.familyName();
    }
}
