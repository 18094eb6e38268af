package org.passerelle.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.passerelle.referential.model.DescriptorException;
import org.passerelle.referential.model.ReferentialParser;

/**
 * The descriptors the project ships, read from {@code referentials/*}{@code /src/main/resources/referential/*.json}
 * of this checkout (not copies: a test sees what a deployment would), keyed by their code (MSPC, PLP, PMIA, MELEC,
 * CAP_ELEC).
 */
public final class ShippedReferentials {

    private static volatile Map<String, Shipped> all;

    /** One shipped descriptor: its bytes, and where it lives in its bundle (the Passerelle-Referential header). */
    public record Shipped(String code, String module, String file, byte[] bytes) {

        /** The bundle name the extender would report, symbolic name / version. */
        public String bundleName() {
            return "passerelle-referential-" + module + "/1.0.0.SNAPSHOT";
        }
    }

    private ShippedReferentials() {
    }

    public static Shipped get(String code) {
        Shipped shipped = all().get(code);
        if (shipped == null) {
            throw new IllegalArgumentException("No shipped referential " + code + "; there are " + all().keySet());
        }
        return shipped;
    }

    public static Map<String, Shipped> all() {
        Map<String, Shipped> found = all;
        if (found == null) {
            found = read();
            all = found;
        }
        return found;
    }

    private static Map<String, Shipped> read() {
        Path referentials = repositoryRoot().resolve("referentials");
        Map<String, Shipped> found = new TreeMap<>();
        ReferentialParser parser = new ReferentialParser();
        try (Stream<Path> modules = Files.list(referentials)) {
            for (Path module : modules.sorted().toList()) {
                Path folder = module.resolve("src/main/resources/referential");
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                List<Path> files;
                try (Stream<Path> list = Files.list(folder)) {
                    files = list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
                }
                for (Path file : files) {
                    byte[] bytes = Files.readAllBytes(file);
                    String code = parser.parse(bytes).referential().code();
                    found.put(code, new Shipped(code, module.getFileName().toString(), "referential/" + file.getFileName(), bytes));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DescriptorException e) {
            throw new IllegalStateException("A shipped referential does not parse: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No referential descriptor under " + referentials);
        }
        return Map.copyOf(found);
    }

    /** The checkout's root: the first folder upwards from the working directory that holds referentials/pom.xml. */
    static Path repositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("referentials/pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("No referentials/pom.xml above " + dir);
    }
}
