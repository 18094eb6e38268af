package org.passerelle.core.organisation;

/** Where a learner stands: class, status, referent teacher and master; version for optimistic locking. */
public record LearnerAssignment(Long classId, LearnerStatus status, Long referentTeacherId, Long masterId, Integer version) {
}
