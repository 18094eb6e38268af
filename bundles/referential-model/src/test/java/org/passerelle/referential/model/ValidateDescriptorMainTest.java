package org.passerelle.referential.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;

/** The build-time check fails the build with the very line the platform logs when it refuses the bundle. */
public class ValidateDescriptorMainTest {

    @Test
    public void aValidDescriptorPasses() throws Exception {
        Path resources = resourcesWith(descriptor());
        ValidateDescriptorMain.main(new String[] {"acme/1.0.0", "referential/referential.json", resources.toString()});
    }

    @Test
    public void aBrokenDescriptorFailsWithThePlatformsRefusalLine() throws Exception {
        String broken = descriptor().replace("\"provenance\": \"third_party_single\"", "\"provenance\": \"officiel\"");
        Path resources = resourcesWith(broken);
        String expected;
        try {
            new ReferentialParser().parse(broken.getBytes(StandardCharsets.UTF_8));
            fail("the platform must refuse it too");
            return;
        } catch (DescriptorException e) {
            expected = e.refusalLine("acme/1.0.0", "referential/referential.json");
        }
        try {
            ValidateDescriptorMain.main(new String[] {"acme/1.0.0", "referential/referential.json", resources.toString()});
            fail("the build must fail");
        } catch (IllegalStateException e) {
            assertEquals(expected, e.getMessage());
        }
    }

    @Test
    public void aMissingDescriptorFailsNamingTheHeader() throws Exception {
        Path empty = Files.createTempDirectory("resources");
        try {
            ValidateDescriptorMain.main(new String[] {"acme/1.0.0", "referential/referential.json", empty.toString()});
            fail("the build must fail");
        } catch (IllegalStateException e) {
            assertEquals("Referential refused: bundle acme/1.0.0, file referential/referential.json, field (document): "
                    + "the descriptor named by Passerelle-Referential is missing", e.getMessage());
        }
    }

    private static String descriptor() throws Exception {
        try (InputStream in = ValidateDescriptorMainTest.class.getResourceAsStream("/minimal-diploma.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path resourcesWith(String json) throws Exception {
        Path resources = Files.createTempDirectory("resources");
        Files.createDirectories(resources.resolve("referential"));
        Files.writeString(resources.resolve("referential/referential.json"), json);
        return resources;
    }
}
