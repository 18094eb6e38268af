package org.passerelle.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database the container tests run on, chosen by the system property {@value #PROPERTY}: {@code h2} (the
 * distribution as shipped) or {@code postgresql}. The build runs the whole suite once with each (karaf-assembly's
 * pom). On PostgreSQL every container or distribution gets a fresh database of the throwaway cluster that
 * src/test/postgres/pg-cluster.sh started (its port in the file named by {@value #PORT_FILE}), owned by the
 * role {@value #USER}, as the README tells operators to set one up; the platform is switched to it by
 * etc/org.ops4j.datasource-passerelle.cfg alone.
 *
 * <p>Also read inside Pax Exam containers: {@link Exam} copies the property into their etc/system.properties, with
 * the database's name ({@value #NAME_PROPERTY}).
 */
final class TestDatabase {

    static final String PROPERTY = "passerelle.test.database";
    static final String NAME_PROPERTY = "passerelle.test.database.name";
    static final String PORT_FILE = "passerelle.test.postgres.portFile";
    static final String DATASOURCE_CFG = "org.ops4j.datasource-passerelle.cfg";
    static final String USER = "passerelle";
    static final String PASSWORD = "passerelle";
    /** The cluster's superuser (pg-cluster.sh), who creates the databases. */
    private static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_PASSWORD = "postgres";
    private static final AtomicInteger CREATED = new AtomicInteger();

    private TestDatabase() {
    }

    /** {@code h2} or {@code postgresql}. */
    static String kind() {
        String kind = System.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
        if (!kind.equals("h2") && !kind.equals("postgresql")) {
            throw new IllegalStateException(PROPERTY + " is h2 or postgresql, not " + kind);
        }
        return kind;
    }

    static boolean postgres() {
        return kind().equals("postgresql");
    }

    /**
     * The folder under target/ where a test unpacks its distribution: one per database, so that the second run
     * keeps the first one's logs.
     */
    static Path folder(String name) {
        return Path.of("target", postgres() ? name + "-postgresql" : name);
    }

    /**
     * A fresh database for one container (on PostgreSQL; nothing on H2, whose file is in the container's own data
     * folder) and the keys of etc/{@value #DATASOURCE_CFG} that point the platform at it. The database is named
     * after the label and a counter; an older one of that name is dropped first.
     */
    static Datasource fresh(String label) {
        if (!postgres()) {
            return new Datasource(null, Map.of());
        }
        String name = ("it_" + label + "_" + CREATED.incrementAndGet()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = connect("postgres", SUPERUSER, SUPERUSER_PASSWORD);
                Statement statement = connection.createStatement()) {
            try (ResultSet role = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                if (!role.next()) {
                    statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " OWNER " + USER + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " on " + url("postgres"), e);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("osgi.jdbc.driver.class", "org.postgresql.Driver");
        keys.put("url", url(name));
        keys.put("user", USER);
        keys.put("password", PASSWORD);
        return new Datasource(name, keys);
    }

    /** Connects to a test database as the platform does (only on PostgreSQL). */
    static Connection connect(String database) throws SQLException {
        return connect(database, USER, PASSWORD);
    }

    /** The first column of the first row, or null. */
    static String queryOne(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    private static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    private static int port() {
        String file = System.getProperty(PORT_FILE);
        if (file == null) {
            throw new IllegalStateException(PROPERTY + "=postgresql needs " + PORT_FILE
                    + ", the file where src/test/postgres/pg-cluster.sh wrote the cluster's port (the build sets both)");
        }
        try {
            return Integer.parseInt(Files.readString(Path.of(file)).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("no PostgreSQL port in " + file + ": did pg-cluster.sh start the cluster?", e);
        }
    }

    /** A database for one container: its name on PostgreSQL (null on H2) and the datasource keys to write. */
    static final class Datasource {

        final String name;
        final Map<String, String> keys;

        Datasource(String name, Map<String, String> keys) {
            this.name = name;
            this.keys = keys;
        }
    }
}
