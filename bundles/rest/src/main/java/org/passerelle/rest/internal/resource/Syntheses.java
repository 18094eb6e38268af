package org.passerelle.rest.internal.resource;

import org.passerelle.core.DomainException;

/** The synthesis of periods in company: its title, and the class level asked for (400 when missing). */
final class Syntheses {

    private Syntheses() {
    }

    /** « Synthèse des formations en entreprise — <who> ». */
    static String title(String who) {
        return FrenchText.text("synthesis.title", who);
    }

    static long level(long establishmentId, Long classLevelId) {
        if (classLevelId == null) {
            throw DomainException.invalid("required", "classLevelId");
        }
        return classLevelId;
    }
}
