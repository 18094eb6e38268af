package org.passerelle.core.organisation;

/** A class level: a referential (diploma or family) and a year, e.g. MELEC première. */
public record ClassLevel(long id, long establishmentId, String referentialCode, SchoolYear year, String label) {
}
