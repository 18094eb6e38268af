package org.passerelle.referential.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build-time check of a referential module: the same parser and validator as the platform, so a broken
 * descriptor fails {@code mvn} with the line the platform would log. Arguments: bundle name, descriptor path
 * inside the bundle, resources directory.
 */
public final class ValidateDescriptorMain {

    private ValidateDescriptorMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ValidateDescriptorMain <bundle> <descriptor path in bundle> <resources dir>");
        }
        String bundle = args[0];
        String file = args[1];
        Path descriptor = Path.of(args[2]).resolve(file);
        if (!Files.isRegularFile(descriptor)) {
            throw new IllegalStateException("Referential refused: bundle " + bundle + ", file " + file
                    + ", field (document): the descriptor named by " + ReferentialParser.DESCRIPTOR_HEADER + " is missing");
        }
        try {
            ParsedDescriptor parsed = new ReferentialParser().parse(Files.readAllBytes(descriptor));
            ReferentialStats stats = ReferentialStats.of(parsed.referential());
            System.out.printf("Referential %s %s valid: %d activities, %d tasks, %d competencies, %d criteria, %d common competencies, %d attitudes; %.0f %% official%n",
                    parsed.referential().code(), parsed.referential().version(), stats.activities(), stats.tasks(),
                    stats.competencies(), stats.criteria(), stats.commonCompetencies(), stats.attitudes(), 100 * stats.officialShare());
        } catch (DescriptorException e) {
            // An exception (not System.exit) so that exec:java fails the build and prints the line.
            throw new IllegalStateException(e.refusalLine(bundle, file));
        }
    }
}
