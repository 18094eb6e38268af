package org.passerelle.core.internal.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The schema of an H2 database as the tests compare it: tables, foreign keys with their delete rule, unique keys. */
final class SchemaReader {

    private SchemaReader() {
    }

    static Set<String> tables(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    /** name → "CHILD.COLUMN -> PARENT ON DELETE rule", for every foreign key of the schema. */
    static Map<String, String> foreignKeys(Connection c) throws SQLException {
        Map<String, String> keys = new TreeMap<>();
        {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : tables(c)) {
                try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", table)) {
                    while (rs.next()) {
                        keys.put(rs.getString("FK_NAME"), table + "." + rs.getString("FKCOLUMN_NAME") + " -> " + rs.getString("PKTABLE_NAME")
                                + " ON DELETE " + deleteRule(rs.getShort("DELETE_RULE")));
                    }
                }
            }
        }
        return keys;
    }

    static String deleteRule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            case DatabaseMetaData.importedKeyNoAction -> "NO ACTION";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            default -> "rule " + rule;
        };
    }

    /** name → "TABLE(COLUMNS)" for every unique constraint (standard INFORMATION_SCHEMA views). */
    static Map<String, String> uniqueKeys(Connection c) throws SQLException {
        Map<String, String> keys = new TreeMap<>();
        String sql = "SELECT tc.CONSTRAINT_NAME, tc.TABLE_NAME, k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " WHERE tc.CONSTRAINT_TYPE = 'UNIQUE' AND tc.TABLE_SCHEMA = 'PUBLIC' ORDER BY tc.CONSTRAINT_NAME, k.ORDINAL_POSITION";
        Map<String, List<String>> columns = new TreeMap<>();
        Map<String, String> tables = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                tables.put(rs.getString(1), rs.getString(2));
                columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        tables.forEach((name, table) -> keys.put(name, table + "(" + String.join(",", columns.get(name)) + ")"));
        return keys;
    }
}
