package org.passerelle.documents.internal;

import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.BeforeClass;
import org.junit.Test;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.core.referential.ReferentialSummary;
import org.passerelle.referential.model.ParsedDescriptor;
import org.passerelle.referential.model.ReferentialParser;
import org.passerelle.referential.model.ReferentialStats;

/** Prints real referentials and reads the PDF back with pdftotext, as a user would read it. */
public class ReferentialPrintTest {

    private static FopReferentialDocuments documents;

    @BeforeClass
    public static void buildRenderer() {
        System.setProperty("java.awt.headless", "true");
        documents = new FopReferentialDocuments(new PdfRenderer());
    }

    @Test
    public void printsActivitiesTasksCompetenciesCriteriaAndProvenance() throws Exception {
        String text = pdfText(documents.referentialPdf(entry("melec")));
        assertContains(text, "Métiers de l'électricité");
        assertContains(text, "Activités et tâches");
        assertContains(text, "T1-1");
        assertContains(text, "Compétences et critères");
        assertContains(text, "C1");
        assertContains(text, "source tierce recoupée");
        assertContains(text, "Disponible");
        assertContains(text, "Page 1 sur");
    }

    @Test
    public void marksReconstructedItemsAndPrintsCommonCompetenciesOfAFamily() throws Exception {
        assertContains(pdfText(documents.referentialPdf(entry("mspc"))), "reconstitué, à vérifier");
        String family = pdfText(documents.referentialPdf(entry("pmia")));
        assertContains(family, "Compétences communes");
        assertContains(family, "CC3.2");
        assertContains(family, "[MSPC] C1.5");
    }

    private static void assertContains(String text, String expected) {
        String flat = text.replaceAll("\\s+", " ");
        assertTrue("PDF text should contain '" + expected + "':\n" + flat.substring(0, Math.min(flat.length(), 1500)), flat.contains(expected));
    }

    static ReferentialEntry entry(String module) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("../../referentials", module, "src/main/resources/referential/referential.json"));
        ParsedDescriptor parsed = new ReferentialParser().parse(bytes);
        var r = parsed.referential();
        ReferentialSummary summary = new ReferentialSummary(r.code(), r.version(), r.title(), r.diploma(), r.level(), r.kind().name(),
                ReferentialStatus.ACTIVE, true, parsed.contentHash(), ReferentialStats.of(r), module + "/1.0.0", null, Instant.now());
        return new ReferentialEntry(summary, r, parsed.json());
    }

    static String pdfText(byte[] pdf) throws Exception {
        return pdfText(pdf, true);
    }

    /** layout false: reading order, so that a table cell's wrapped text stays in one piece. */
    static String pdfText(byte[] pdf, boolean layout) throws Exception {
        assertTrue("not a PDF", new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        Path file = Files.createTempFile("referential", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = (layout ? new ProcessBuilder("pdftotext", "-layout", file.toString(), "-") : new ProcessBuilder("pdftotext", file.toString(), "-"))
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue("pdftotext did not finish", process.waitFor(60, TimeUnit.SECONDS));
            assertTrue("pdftotext failed: " + text, process.exitValue() == 0);
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
