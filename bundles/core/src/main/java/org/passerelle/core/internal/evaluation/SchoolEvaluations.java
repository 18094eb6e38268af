package org.passerelle.core.internal.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.Dashboard;
import org.passerelle.core.evaluation.ResultChange;
import org.passerelle.core.evaluation.SchoolEvaluation;
import org.passerelle.core.evaluation.SchoolEvaluationDraft;
import org.passerelle.core.evaluation.SchoolEvaluationSummary;
import org.passerelle.core.followup.Selection;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.common.ReferentialCriteria;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.organisation.SchoolClassEntity;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.referential.model.Referential;

/**
 * School evaluations (issue 12, item 5; guide 004): made for a class by its teachers, in the default version of the
 * class level's referential, and filled for the whole class at once; a save holds the evaluation's row, so its levels
 * are saved one save after the other, each from its own version.
 */
final class SchoolEvaluations {

    static final int MAX_RESULTS = 2000;

    private final JpaTemplate jpa;
    private final ReferentialRegistry referentials;
    private final Clock clock;

    SchoolEvaluations(JpaTemplate jpa, ReferentialRegistry referentials, Clock clock) {
        this.jpa = jpa;
        this.referentials = referentials;
        this.clock = clock;
    }

    SchoolEvaluation create(Caller caller, SchoolEvaluationDraft draft) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        SchoolEvaluationDraft given = Validation.present(draft, "body");
        return jpa.txExpr(TransactionType.Required, em -> {
            SchoolClassEntity schoolClass = schoolClass(em, caller, Validation.present(given.classId(), "classId"));
            String title = Validation.required(given.title(), "title", 200);
            LocalDate date = Validation.present(given.date(), "date");
            Dashboard.Complexity complexity = Validation.present(given.complexity(), "complexity");
            String code = schoolClass.classLevel().referentialCode();
            ReferentialEntry entry = referentials.find(code, null).orElseThrow(() -> DomainException.unavailable("referential-unavailable", code, ""));
            List<Selection> criteria = criteria(given.criteria(), entry.referential());
            SchoolEvaluationEntity evaluation = new SchoolEvaluationEntity(schoolClass, title, date.toString(), complexity.name(), code,
                    entry.referential().version(), Json.write(criteria), em.find(PersonEntity.class, caller.personId()), clock.millis());
            em.persist(evaluation);
            em.flush();
            return view(em, evaluation);
        });
    }

    SchoolEvaluation edit(Caller caller, long id, SchoolEvaluationDraft draft, Integer version) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        SchoolEvaluationDraft given = Validation.present(draft, "body");
        return jpa.txExpr(TransactionType.Required, em -> {
            SchoolEvaluationEntity evaluation = evaluation(em, caller, id);
            String title = Validation.required(given.title(), "title", 200);
            LocalDate date = Validation.present(given.date(), "date");
            Dashboard.Complexity complexity = Validation.present(given.complexity(), "complexity");
            ReferentialEntry entry = referentials.find(evaluation.referentialCode(), evaluation.referentialVersion())
                    .orElseThrow(() -> DomainException.unavailable("referential-unavailable", evaluation.referentialCode(), evaluation.referentialVersion()));
            List<Selection> criteria = criteria(given.criteria(), entry.referential());
            // Held like a grid save: a level being given to a criterion we take off is either seen here or waits for us.
            em.refresh(evaluation, LockModeType.PESSIMISTIC_WRITE);
            if (evaluation.version() != Validation.version(version, "version")) {
                throw DomainException.staleVersion(view(em, evaluation));
            }
            Set<String> kept = new HashSet<>();
            criteria.forEach(c -> kept.add(ResultRows.key(c.competency(), c.criterion())));
            List<Long> columns = columns(em, evaluation).values().stream().map(EvaluationEntity::id).toList();
            List<CriterionResultEntity> dropped = new ArrayList<>();
            for (Map<String, CriterionResultEntity> row : ResultRows.of(em, columns).values()) {
                for (Map.Entry<String, CriterionResultEntity> cell : row.entrySet()) {
                    if (kept.contains(cell.getKey())) {
                        continue;
                    }
                    if (cell.getValue().level() != null) {
                        String key = cell.getKey();
                        throw DomainException.conflict("criterion-has-levels", "criteria",
                                key.endsWith("/") ? key.substring(0, key.length() - 1) : key.substring(key.indexOf('/') + 1));
                    }
                    dropped.add(cell.getValue());
                }
            }
            dropped.forEach(em::remove);
            evaluation.edit(title, date.toString(), complexity.name(), Json.write(criteria));
            em.flush();
            return view(em, evaluation);
        });
    }

    void delete(Caller caller, long id, Integer version) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        jpa.tx(TransactionType.Required, em -> {
            SchoolEvaluationEntity evaluation = evaluation(em, caller, id);
            em.refresh(evaluation, LockModeType.PESSIMISTIC_WRITE);
            if (evaluation.version() != Validation.version(version, "version")) {
                throw DomainException.staleVersion(view(em, evaluation));
            }
            List<Long> columns = columns(em, evaluation).values().stream().map(EvaluationEntity::id).toList();
            if (!columns.isEmpty()) {
                long given = (Long) em.createQuery("SELECT COUNT(r) FROM CriterionResultEntity r WHERE r.evaluation.id IN :c AND r.level IS NOT NULL")
                        .setParameter("c", columns).getSingleResult();
                if (given > 0) {
                    throw DomainException.conflict("school-evaluation-has-levels", null, given);
                }
                em.createQuery("DELETE FROM CriterionResultEntity r WHERE r.evaluation.id IN :c").setParameter("c", columns).executeUpdate();
                em.createQuery("DELETE FROM EvaluationEntity e WHERE e.id IN :c").setParameter("c", columns).executeUpdate();
            }
            em.remove(evaluation);
            em.flush();
        });
    }

    List<SchoolEvaluationSummary> list(Caller caller, long classId) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        return jpa.txExpr(TransactionType.Supports, em -> {
            schoolClass(em, caller, classId);
            List<SchoolEvaluationEntity> found = em.createQuery("SELECT s FROM SchoolEvaluationEntity s WHERE s.schoolClass.id = :c"
                    + " ORDER BY s.date DESC, s.id DESC", SchoolEvaluationEntity.class).setParameter("c", classId).getResultList();
            Map<Long, Long> given = new HashMap<>();
            if (!found.isEmpty()) {
                for (Object[] row : em.createQuery("SELECT r.evaluation.schoolEvaluation.id, COUNT(r) FROM CriterionResultEntity r"
                        + " WHERE r.evaluation.schoolEvaluation.id IN :s AND r.level IS NOT NULL GROUP BY r.evaluation.schoolEvaluation.id", Object[].class)
                        .setParameter("s", found.stream().map(SchoolEvaluationEntity::id).toList()).getResultList()) {
                    given.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
                }
            }
            return found.stream().map(s -> new SchoolEvaluationSummary(s.id(), s.schoolClass().id(), s.schoolClass().code(), s.title(),
                    LocalDate.parse(s.date()), Dashboard.Complexity.valueOf(s.complexity()), s.referentialCode(), s.referentialVersion(),
                    Json.selections(s.criteria()).size(), given.getOrDefault(s.id(), 0L).intValue())).toList();
        });
    }

    SchoolEvaluation read(Caller caller, long id) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        return jpa.txExpr(TransactionType.Supports, em -> view(em, evaluation(em, caller, id)));
    }

    SchoolEvaluation save(Caller caller, long id, List<ResultChange> changes) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        return jpa.txExpr(TransactionType.Required, em -> {
            SchoolEvaluationEntity evaluation = evaluation(em, caller, id);
            List<ResultChange> given = Validation.present(changes, "results");
            if (given.size() > MAX_RESULTS) {
                throw DomainException.invalid("too-many", "results", MAX_RESULTS);
            }
            Set<String> assessed = new HashSet<>();
            Json.selections(evaluation.criteria()).forEach(s -> assessed.add(ResultRows.key(s.competency(), s.criterion())));
            Map<Long, LearnerEntity> learners = learners(em, evaluation);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < given.size(); i++) {
                ResultChange change = Validation.present(given.get(i), "results[" + i + "]");
                Long learnerId = Validation.present(change.learnerId(), "results[" + i + "].learnerId");
                if (!learners.containsKey(learnerId)) {
                    throw DomainException.invalid("learner-not-in-class", "results[" + i + "].learnerId", learnerId, evaluation.schoolClass().code());
                }
                String key = ResultRows.key(change.competency(), change.criterion());
                if (!assessed.contains(key)) {
                    throw DomainException.invalid("criterion-not-in-evaluation", "results[" + i + "]", change.criterion() == null
                            ? change.competency() : change.criterion());
                }
                Validation.version(change.version(), "results[" + i + "].version");
                if (!seen.add(learnerId + ":" + key)) {
                    throw DomainException.invalid("duplicate-result", "results[" + i + "]", change.criterion() == null
                            ? change.competency() : change.criterion());
                }
            }
            em.refresh(evaluation, LockModeType.PESSIMISTIC_WRITE);
            Map<Long, EvaluationEntity> columns = columns(em, evaluation);
            Map<Long, Map<String, CriterionResultEntity>> rows = ResultRows.of(em, columns.values().stream().map(EvaluationEntity::id).toList());
            for (ResultChange change : given) {
                EvaluationEntity column = columns.get(change.learnerId());
                if (!ResultRows.fresh(column == null ? null : rows.get(column.id()), change)) {
                    throw DomainException.staleVersion(view(em, evaluation));
                }
            }
            PersonEntity by = em.find(PersonEntity.class, caller.personId());
            long now = clock.millis();
            for (ResultChange change : given) {
                EvaluationEntity column = columns.get(change.learnerId());
                if (column == null) {
                    column = EvaluationEntity.atSchool(learners.get(change.learnerId()), evaluation);
                    em.persist(column);
                    columns.put(change.learnerId(), column);
                }
                ResultRows.apply(em, column, rows.computeIfAbsent(column.id(), c -> new HashMap<>()), change, by, now);
            }
            em.flush();
            return view(em, evaluation);
        });
    }

    private static SchoolClassEntity schoolClass(EntityManager em, Caller caller, long classId) {
        SchoolClassEntity schoolClass = em.find(SchoolClassEntity.class, classId);
        if (schoolClass == null || !AccessRules.sees(caller, schoolClass.establishment().id())) {
            throw DomainException.notFound("class-not-found", classId);
        }
        return schoolClass;
    }

    private static SchoolEvaluationEntity evaluation(EntityManager em, Caller caller, long id) {
        SchoolEvaluationEntity evaluation = em.find(SchoolEvaluationEntity.class, id);
        if (evaluation == null || !AccessRules.sees(caller, evaluation.establishment().id())) {
            throw DomainException.notFound("school-evaluation-not-found", id);
        }
        return evaluation;
    }

    private static List<Selection> criteria(List<Selection> given, Referential referential) {
        if (given == null || given.isEmpty()) {
            throw DomainException.invalid("required", "criteria");
        }
        if (given.size() > SchoolEvaluationDraft.MAX_CRITERIA) {
            throw DomainException.invalid("too-many", "criteria", SchoolEvaluationDraft.MAX_CRITERIA);
        }
        Set<Selection> out = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Selection s = Validation.present(given.get(i), "criteria[" + i + "]");
            ResultRows.check(new ResultChange(null, s.competency(), s.criterion(), null, 0), referential, "criteria[" + i + "]");
            out.add(new Selection(s.competency().trim(), s.criterion() == null || s.criterion().isBlank() ? null : s.criterion().trim()));
        }
        for (Selection s : out) {
            if (s.criterion() == null && out.stream().anyMatch(o -> o.competency().equals(s.competency()) && o.criterion() != null)) {
                throw DomainException.invalid("global-or-criteria", "criteria", s.competency());
            }
        }
        Map<String, Integer> order = ReferentialCriteria.order(referential);
        List<Selection> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(s -> order.getOrDefault(s.criterion() == null ? s.competency() : s.competency() + "/" + s.criterion(),
                Integer.MAX_VALUE)));
        return sorted;
    }

    /** The grid's learners: the class's now, and whoever has a column in it and has left the class since. */
    private static Map<Long, LearnerEntity> learners(EntityManager em, SchoolEvaluationEntity evaluation) {
        Map<Long, LearnerEntity> learners = new LinkedHashMap<>();
        em.createQuery("SELECT l FROM LearnerEntity l WHERE l.schoolClass.id = :c", LearnerEntity.class)
                .setParameter("c", evaluation.schoolClass().id()).getResultList().forEach(l -> learners.put(l.id(), l));
        columns(em, evaluation).forEach((learnerId, column) -> learners.putIfAbsent(learnerId, column.learner()));
        return learners;
    }

    private static Map<Long, EvaluationEntity> columns(EntityManager em, SchoolEvaluationEntity evaluation) {
        Map<Long, EvaluationEntity> columns = new HashMap<>();
        em.createQuery("SELECT e FROM EvaluationEntity e WHERE e.schoolEvaluation.id = :s", EvaluationEntity.class)
                .setParameter("s", evaluation.id()).getResultList().forEach(e -> columns.put(e.learner().id(), e));
        return columns;
    }

    private static SchoolEvaluation view(EntityManager em, SchoolEvaluationEntity evaluation) {
        Map<Long, EvaluationEntity> columns = columns(em, evaluation);
        Map<Long, Map<String, CriterionResultEntity>> rows = ResultRows.of(em, columns.values().stream().map(EvaluationEntity::id).toList());
        Long classId = evaluation.schoolClass().id();
        List<SchoolEvaluation.GridRow> grid = new ArrayList<>();
        for (LearnerEntity learner : learners(em, evaluation).values()) {
            EvaluationEntity column = columns.get(learner.id());
            var results = column == null ? List.<org.passerelle.core.evaluation.CriterionResult>of()
                    : rows.getOrDefault(column.id(), Map.of()).values().stream().map(r -> ResultRows.view(r, List.of())).toList();
            boolean inClass = learner.schoolClass() != null && classId.equals(learner.schoolClass().id());
            grid.add(new SchoolEvaluation.GridRow(learner.id(), learner.person().familyName(), learner.person().firstName(), inClass, results));
        }
        grid.sort(Comparator.comparing(SchoolEvaluation.GridRow::familyName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(SchoolEvaluation.GridRow::firstName, String.CASE_INSENSITIVE_ORDER));
        return new SchoolEvaluation(evaluation.id(), classId, evaluation.schoolClass().code(), evaluation.title(), LocalDate.parse(evaluation.date()),
                Dashboard.Complexity.valueOf(evaluation.complexity()), evaluation.referentialCode(), evaluation.referentialVersion(),
                Json.selections(evaluation.criteria()), grid, evaluation.version());
    }
}
