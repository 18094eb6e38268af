package org.passerelle.core.organisation;

/** A class (division) such as 1MELEC, with the number of its learners. */
public record SchoolClass(long id, long establishmentId, String code, String label, long classLevelId, long learnerCount) {
}
