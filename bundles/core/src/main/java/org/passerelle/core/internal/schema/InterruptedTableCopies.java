package org.passerelle.core.internal.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 alters a table (adding or dropping a column) by copying it into {@code <TABLE>_COPY_<n>_<m>}, moving the
 * foreign keys that point at it, then swapping the two. A process killed in the middle leaves the copy behind, with
 * foreign keys from other tables pointing at it: every later insert into those tables then fails (an empty
 * {@code PERSON_COPY_3_0} refused every new learner), although the migration that follows reports success.
 * Found by killing the JVM during changeset 003-person-drop-failed-sign-ins (issue 8).
 *
 * <p>Before migrating, such a copy is removed when its table is there (the copy, and the foreign keys pointing at
 * it, go; the table's own keys stay), or takes its table's place when the table is gone (the copy then holds the
 * rows). The changeset that was cut short runs again (its precondition sees that its work is not done).
 */
final class InterruptedTableCopies {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedTableCopies.class);
    private static final Pattern COPY = Pattern.compile("(.+)_COPY_\\d+_\\d+");

    private InterruptedTableCopies() {
    }

    /** Repairs every table copy left by an interrupted ALTER TABLE; returns the names it found. */
    static List<String> repair(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (!"INFORMATION_SCHEMA".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            Matcher m = COPY.matcher(table);
            if (!m.matches()) {
                continue;
            }
            found.add(table);
            try (Statement statement = connection.createStatement()) {
                if (tables.contains(m.group(1))) {
                    statement.execute("DROP TABLE \"" + table + "\" CASCADE");
                    LOG.warn("Table {} was left by an ALTER TABLE cut short (the process died): dropped, with the foreign keys pointing at it; "
                            + "{} is kept", table, m.group(1));
                } else {
                    statement.execute("ALTER TABLE \"" + table + "\" RENAME TO \"" + m.group(1) + "\"");
                    LOG.warn("Table {} was left by an ALTER TABLE cut short and {} was gone: renamed back to {}", table, m.group(1), m.group(1));
                }
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        return found;
    }
}
