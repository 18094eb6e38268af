package org.passerelle.itests;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The distribution run as an operator runs it: unzipped, started with bin/start, stopped with bin/stop (killing
 * the script would leave the JVM alive: ARCHITECTURE.md, pitfall 9). For tests that must stay outside the
 * container, such as a browser, or that restart it.
 */
final class DistributionProcess {

    private final Path home;
    private final String port;
    private final Api api;
    private final TestDatabase.Datasource database;

    /** Unzips a fresh distribution under target/ and points it at a fresh database of this run ({@link TestDatabase}). */
    DistributionProcess(String name, String port) throws IOException {
        assertPortFree(port);
        this.port = port;
        Path root = TestDatabase.folder(name).toAbsolutePath();
        deleteTree(root);
        this.home = unzip(Path.of(System.getProperty("passerelle.distribution")), root);
        Path web = home.resolve("etc/org.ops4j.pax.web.cfg");
        String config = Files.readString(web).replaceAll("(?m)^org\\.osgi\\.service\\.http\\.port\\s*=.*$", "");
        Files.writeString(web, config + "\norg.osgi.service.http.port = " + port + "\n");
        this.api = new Api(baseUrl());
        this.database = TestDatabase.fresh(name);
        for (var entry : database.keys.entrySet()) {
            configure(TestDatabase.DATASOURCE_CFG, entry.getKey(), entry.getValue());
        }
    }

    /**
     * Fails at once when another process (another test run on this machine) serves on the port: the platform could not
     * bind it, and the test would talk to that other process instead.
     */
    static void assertPortFree(String port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(Integer.parseInt(port)));
        } catch (IOException e) {
            throw new AssertionError("port " + port + " is taken by another process (another test run?)", e);
        }
    }

    /** Sets key = value in an etc/ file before start (replacing an earlier value of the key). */
    DistributionProcess configure(String etcFile, String key, String value) throws IOException {
        Path file = home.resolve("etc").resolve(etcFile);
        String text = Files.exists(file) ? Files.readString(file) : "";
        text = text.replaceAll("(?m)^" + java.util.regex.Pattern.quote(key) + "\\s*=.*$", "");
        Files.writeString(file, text + "\n" + key + " = " + value + "\n");
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Api api() {
        return api;
    }

    Path home() {
        return home;
    }

    /**
     * Looks for rows pointing at nothing ({@link Orphans}): on PostgreSQL in its database, running or not; on H2 in
     * the file, which only a stopped platform lets another process open.
     */
    void assertNoOrphans() throws java.sql.SQLException {
        try (java.sql.Connection connection = database.name != null ? TestDatabase.connect(database.name)
                : java.sql.DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/passerelle/passerelle"), "passerelle", "passerelle")) {
            Orphans.assertNone(connection);
        }
    }

    /** The name of its PostgreSQL database; null on H2, whose database is data/passerelle/ under {@link #home()}. */
    String database() {
        return database.name;
    }

    /** Starts and waits for health UP; a platform that does not get there is stopped again (no JVM left behind). */
    void start() throws IOException, InterruptedException {
        run("bin/start");
        try {
            api.waitForHealth(120_000);
        } catch (AssertionError e) {
            AssertionError failure = new AssertionError(e.getMessage() + "\nFirst errors in karaf.log:\n" + logErrors(15)
                    + "\nLast lines of karaf.log:\n" + logTail(40), e);
            try {
                stop();
            } catch (IOException | RuntimeException | AssertionError stopFailure) {
                failure.addSuppressed(stopFailure);
            }
            throw failure;
        }
    }

    /**
     * Stops with bin/stop and waits for the JVM itself to exit: the shutdown port closes before the JVM has
     * released the instance lock and the database, and a start in between would find both still held.
     */
    void stop() throws IOException, InterruptedException {
        Optional<ProcessHandle> jvm = jvm();
        run("bin/stop");
        if (jvm.isPresent()) {
            try {
                jvm.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                jvm.get().destroyForcibly();
                throw new AssertionError("the distribution's JVM did not exit within 60 s of bin/stop", e);
            }
        }
    }

    /** Kills the platform's JVM as a crash would (SIGKILL: no shutdown hook, nothing flushed), and waits for it to be gone. */
    void kill() throws IOException, InterruptedException {
        ProcessHandle process = jvm().orElseThrow(() -> new AssertionError("no running JVM to kill"));
        process.destroyForcibly();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the JVM survived kill -9", e);
        }
    }

    private Optional<ProcessHandle> jvm() throws IOException {
        Path pidFile = home.resolve("karaf.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive);
    }

    /** The first ERROR lines of karaf.log and their causes: the last lines often only repeat the symptom. */
    private String logErrors(int lines) throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        if (!Files.exists(log)) {
            return "(no karaf.log)";
        }
        List<String> errors = Files.readAllLines(log).stream()
                .filter(line -> line.contains("| ERROR |") || line.startsWith("Caused by:"))
                .limit(lines).toList();
        return errors.isEmpty() ? "(none)" : String.join("\n", errors);
    }

    private String logTail(int lines) throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        if (!Files.exists(log)) {
            return "(no karaf.log)";
        }
        List<String> all = Files.readAllLines(log);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private int run(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(home.resolve(script).toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("data").resolve(Path.of(script).getFileName() + ".out").toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not return within 60 s");
        }
        return process.exitValue();
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into.resolve("x").resolve("data"));
        Path top = null;
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry outside the folder: " + entry.getName());
                }
                if (top == null) {
                    top = into.resolve(Path.of(entry.getName()).getName(0));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                    if (target.getParent().getFileName().toString().equals("bin")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        deleteTree(into.resolve("x"));
        Files.createDirectories(top.resolve("data"));
        return top;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
