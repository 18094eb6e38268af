package org.passerelle.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds referential bundles the way an integrator would ship them: a manifest and a descriptor, no code. */
final class TestReferentialJars {

    static final String DESCRIPTOR = "referential/referential.json";

    private TestReferentialJars() {
    }

    /** A small valid descriptor of the given code and version. */
    static String descriptor(String code, String version, String title) {
        return """
            {
              "formatVersion": 1, "code": "%s", "version": "%s", "title": "%s",
              "diploma": "Baccalauréat professionnel", "level": "Niveau 4", "kind": "DIPLOMA",
              "provenance": "reconstructed", "sources": [],
              "activities": [{"code": "A1", "title": "Préparation", "provenance": "reconstructed",
                "tasks": [{"code": "A1T1", "title": "Préparer son intervention", "provenance": "reconstructed"}]}],
              "competencies": [{"code": "C1", "title": "Analyser", "provenance": "reconstructed",
                "criteria": [{"code": "C1-1", "title": "Les informations sont identifiées", "provenance": "reconstructed"}]}],
              "taskCompetencies": [{"task": "A1T1", "competency": "C1", "provenance": "reconstructed"}],
              "attitudes": [],
              "portfolio": {"pupil": {"kind": "ACTIVITY_SHEETS", "title": "Fiches activités",
                "pages": [{"code": "context", "title": "Contexte", "fields": [{"code": "company", "label": "Entreprise", "type": "TEXT"}]}]}}
            }
            """.formatted(code, version, title);
    }

    /** Writes the bundle jar to a temporary file. */
    static Path jar(String symbolicName, String bundleVersion, String descriptorJson) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", bundleVersion);
        main.putValue("Passerelle-Referential", DESCRIPTOR);
        main.putValue("Require-Capability",
                "osgi.extender;filter:=\"(&(osgi.extender=org.passerelle.referential)(version>=1.0)(!(version>=2.0)))\"");
        Path jar = Files.createTempFile(symbolicName, ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(DESCRIPTOR));
            out.write(descriptorJson.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** Moves the jar into the folder in one step, so the deployer never sees a half-written file. */
    static Path deploy(Path jar, Path deployFolder, String fileName) throws IOException {
        Path staged = deployFolder.getParent().resolve(fileName + ".part");
        Files.copy(jar, staged, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(staged, deployFolder.resolve(fileName), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
