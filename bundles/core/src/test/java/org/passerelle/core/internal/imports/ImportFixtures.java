package org.passerelle.core.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Shared by the import tests: a fixed "today" and the sample files under src/test/resources/imports/. */
final class ImportFixtures {

    /** Wednesday 15 January 2025, 10:00 in Paris. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2025-01-15T09:00:00Z"), ZoneId.of("Europe/Paris"));

    private ImportFixtures() {
    }

    static InputStream resource(String name) {
        InputStream in = ImportFixtures.class.getResourceAsStream("/imports/" + name);
        if (in == null) {
            throw new IllegalArgumentException("No test resource imports/" + name);
        }
        return in;
    }

    static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
