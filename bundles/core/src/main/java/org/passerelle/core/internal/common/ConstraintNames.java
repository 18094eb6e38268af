package org.passerelle.core.internal.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The unique constraints of the schema (db/changelog, 002-integrity and later) and the conflict each one means, so
 * that a duplicate caught by the database at commit answers exactly what the check before it answers ({@code
 * 409 login-taken} for two creations of the same login at once, as for one after the other).
 */
public final class ConstraintNames {

    /** A conflict kind (problem type) and the request field at fault. */
    public record Conflict(String name, String kind, String field) {
    }

    private static final Map<String, Conflict> UNIQUE = new LinkedHashMap<>();

    static {
        UNIQUE.put("UK_PERSON_LOGIN", new Conflict("UK_PERSON_LOGIN", "login-taken", "login"));
        UNIQUE.put("UK_ESTABLISHMENT_UAI", new Conflict("UK_ESTABLISHMENT_UAI", "uai-taken", "uai"));
        UNIQUE.put("UK_LEARNER_INE", new Conflict("UK_LEARNER_INE", "ine-taken", "ine"));
        UNIQUE.put("UK_CLASS_CODE_KEY", new Conflict("UK_CLASS_CODE_KEY", "class-code-taken", "code"));
        UNIQUE.put("UK_SNAPSHOT_VERSION", new Conflict("UK_SNAPSHOT_VERSION", "referential-version-taken", null));
        UNIQUE.put("UK_PLACEMENT", new Conflict("UK_PLACEMENT", "concurrent-write", null));
        UNIQUE.put("UK_COMPANY_REVIEW_PLACEMENT", new Conflict("UK_COMPANY_REVIEW_PLACEMENT", "concurrent-write", null));
        UNIQUE.put("UK_LEARNER_PERSON", new Conflict("UK_LEARNER_PERSON", "concurrent-write", null));
    }

    private ConstraintNames() {
    }

    /** The conflict named in a database's message (H2 and PostgreSQL both quote the constraint's name). */
    public static Optional<Conflict> inMessage(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String upper = message.toUpperCase(Locale.ROOT);
        return UNIQUE.entrySet().stream().filter(e -> upper.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
