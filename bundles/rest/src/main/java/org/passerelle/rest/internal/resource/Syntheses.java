package org.passerelle.rest.internal.resource;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.passerelle.core.DomainException;

/** The synthesis of periods in company: its title, and the class level asked for (400 when missing). */
final class Syntheses {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.passerelle.rest.internal.messages", Locale.FRENCH,
            Syntheses.class.getClassLoader());

    private Syntheses() {
    }

    /** « Synthèse des formations en entreprise — <who> ». */
    static String title(String who) {
        return MessageFormat.format(MESSAGES.getString("synthesis.title"), who);
    }

    static long level(long establishmentId, Long classLevelId) {
        if (classLevelId == null) {
            throw DomainException.invalid("required", "classLevelId");
        }
        return classLevelId;
    }
}
