package org.passerelle.itests;

import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Looks for rows pointing at nothing after a scenario: every relation of the model (listed here from the entities,
 * not read from the schema, so that a foreign key missing from the schema is noticed too) and the grants that name a
 * placement. Each relation must also be a foreign key of the schema.
 */
final class Orphans {

    /** Child table, column, parent table: every relation of the entities (core/internal/**Entity). */
    static final String[][] RELATIONS = {
            {"CLASS_LEVEL", "ESTABLISHMENT_ID", "ESTABLISHMENT"}, {"SCHOOL_CLASS", "ESTABLISHMENT_ID", "ESTABLISHMENT"},
            {"SCHOOL_CLASS", "CLASS_LEVEL_ID", "CLASS_LEVEL"}, {"PERSON", "ESTABLISHMENT_ID", "ESTABLISHMENT"},
            {"LEARNER", "PERSON_ID", "PERSON"}, {"LEARNER", "ESTABLISHMENT_ID", "ESTABLISHMENT"}, {"LEARNER", "CLASS_ID", "SCHOOL_CLASS"},
            {"LEARNER", "REFERENT_TEACHER_ID", "PERSON"}, {"LEARNER", "MASTER_ID", "PERSON"},
            {"PEDAGOGICAL_ANNEX", "CLASS_LEVEL_ID", "CLASS_LEVEL"}, {"PERIOD", "ANNEX_ID", "PEDAGOGICAL_ANNEX"},
            {"PLACEMENT", "PERIOD_ID", "PERIOD"}, {"PLACEMENT", "LEARNER_ID", "LEARNER"}, {"PLACEMENT", "TUTOR_ID", "PERSON"},
            {"ACTIVITY_SHEET", "LEARNER_ID", "LEARNER"}, {"ACTIVITY_SHEET", "PLACEMENT_ID", "PLACEMENT"},
            {"ACTIVITY_SHEET", "ORIGIN_PLACEMENT_ID", "PLACEMENT"}, {"COMPANY_REVIEW", "PLACEMENT_ID", "PLACEMENT"},
            {"INTERMEDIATE_REVIEW", "LEARNER_ID", "LEARNER"}, {"USER_SESSION", "PERSON_ID", "PERSON"},
            {"USER_SESSION", "TRAINER_LINK_ID", "TRAINER_LINK"}, {"TRAINER_LINK", "TRAINER_ID", "PERSON"},
            {"AUDIT_ENTRY", "ESTABLISHMENT_ID", "ESTABLISHMENT"},
            // Issue 11: the follow-up in company.
            {"PORTFOLIO_PAGE", "LEARNER_ID", "LEARNER"}, {"PORTFOLIO_PAGE", "PLACEMENT_ID", "PLACEMENT"}, {"SHEET_PAGE", "SHEET_ID", "ACTIVITY_SHEET"},
            {"BOOKLET_PAGE", "LEARNER_ID", "LEARNER"}, {"FOLLOW_UP_COMMENT", "LEARNER_ID", "LEARNER"},
            {"FOLLOW_UP_COMMENT", "PLACEMENT_ID", "PLACEMENT"}, {"FOLLOW_UP_COMMENT", "SHEET_ID", "ACTIVITY_SHEET"},
            {"FOLLOW_UP_COMMENT", "AUTHOR_ID", "PERSON"}, {"SHEET_READ", "SHEET_ID", "ACTIVITY_SHEET"}, {"SHEET_READ", "PERSON_ID", "PERSON"},
            {"STORED_FILE", "LEARNER_ID", "LEARNER"}, {"STORED_FILE", "UPLOADED_BY", "PERSON"},
            // Issue 12: assessment.
            {"SCHOOL_EVALUATION", "ESTABLISHMENT_ID", "ESTABLISHMENT"}, {"SCHOOL_EVALUATION", "CLASS_ID", "SCHOOL_CLASS"},
            {"SCHOOL_EVALUATION", "CREATED_BY", "PERSON"}, {"EVALUATION", "LEARNER_ID", "LEARNER"},
            {"EVALUATION", "SCHOOL_EVALUATION_ID", "SCHOOL_EVALUATION"}, {"EVALUATION", "COMPANY_REVIEW_ID", "COMPANY_REVIEW"},
            {"CRITERION_RESULT", "EVALUATION_ID", "EVALUATION"}, {"CRITERION_RESULT", "UPDATED_BY", "PERSON"},
            {"ATTITUDE_RESULT", "PLACEMENT_ID", "PLACEMENT"}, {"ATTITUDE_RESULT", "UPDATED_BY", "PERSON"},
            {"COMPANY_REVIEW", "UPDATED_BY", "PERSON"}, {"INTERMEDIATE_REVIEW", "CREATED_BY", "PERSON"},
            {"INTERMEDIATE_REVIEW", "FINALISED_BY", "PERSON"}, {"REVIEW_LEVEL", "REVIEW_ID", "INTERMEDIATE_REVIEW"},
            {"MARK_MAPPING", "ESTABLISHMENT_ID", "ESTABLISHMENT"}};

    private Orphans() {
    }

    static void assertNone(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertNone(connection);
        }
    }

    /** Fails naming every relation that has orphans, and every relation that is not a foreign key. */
    static void assertNone(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        Set<String> foreignKeys = foreignKeys(connection);
        try (Statement statement = connection.createStatement()) {
            for (String[] r : RELATIONS) {
                long count = count(statement, "SELECT COUNT(*) FROM " + r[0] + " c WHERE c." + r[1] + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                        + r[2] + " p WHERE p.ID = c." + r[1] + ")");
                if (count > 0) {
                    found.add(count + " × " + r[0] + "." + r[1] + " → " + r[2]);
                }
                if (!foreignKeys.contains(key(r[0], r[1], r[2]))) {
                    found.add("no foreign key for " + r[0] + "." + r[1] + " → " + r[2]);
                }
            }
            // A live grant naming a placement that is gone would open nothing, or worse, a later row with that id.
            for (String table : new String[] {"TRAINER_LINK", "USER_SESSION"}) {
                long count = count(statement, "SELECT COUNT(*) FROM " + table + " t WHERE t.REVOKED_AT = 0 AND t.GRANTED LIKE 'placement:%'"
                        + " AND NOT EXISTS (SELECT 1 FROM PLACEMENT p WHERE 'placement:' || CAST(p.ID AS VARCHAR(20)) = t.GRANTED)");
                if (count > 0) {
                    found.add(count + " × live " + table + " granting a placement that is gone");
                }
            }
        }
        assertTrue("orphans or missing foreign keys: " + found, found.isEmpty());
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Set<String> foreignKeys(Connection connection) throws SQLException {
        Set<String> keys = new HashSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String[] r : RELATIONS) {
            for (String table : new String[] {r[0], r[0].toLowerCase(Locale.ROOT)}) {
                try (ResultSet imported = meta.getImportedKeys(null, null, table)) {
                    while (imported.next()) {
                        keys.add(key(imported.getString("FKTABLE_NAME"), imported.getString("FKCOLUMN_NAME"), imported.getString("PKTABLE_NAME")));
                    }
                }
            }
        }
        return keys;
    }

    private static String key(String child, String column, String parent) {
        return (child + "." + column + ">" + parent).toUpperCase(Locale.ROOT);
    }
}
