package org.passerelle.core.internal.imports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.passerelle.core.internal.imports.ImportFixtures.TODAY;
import static org.passerelle.core.internal.imports.ImportFixtures.resource;
import static org.passerelle.core.internal.imports.ImportFixtures.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class SiecleLearnerParserTest {

    private static final String BAD_INE = " invalide : 11 caractères attendus, 10 chiffres ou lettres puis une lettre.";

    private final SiecleLearnerParser parser = new SiecleLearnerParser(TODAY);

    @Test
    public void readsTheLearnersOfAnIso885915Export() throws Exception {
        ParsedImport parsed = parse("ExportXML_ElevesSansAdresses.xml");

        assertEquals("SIECLE", parsed.format());
        assertEquals(List.of(
                new ImportedLearner(11, "070803070AJ", "MARTIN", "Léa", LocalDate.of(2008, 2, 14), ImportedStatus.PUPIL, "1MELEC"),
                // leaves on 30/06/2025, still here today; the division is TMELEC, not last year's 1MELEC nor the group
                new ImportedLearner(30, "081234567BC", "N'DIAYE", "Anaïs", LocalDate.of(2007, 11, 3), ImportedStatus.PUPIL, "TMELEC"),
                // left on 20/12/2024: a departure (issue 10), which the import applies to a known learner
                new ImportedLearner(55, "070912345BB", "BENOÎT", "Chloé", LocalDate.of(2008, 4, 30), ImportedStatus.PUPIL, "1MELEC",
                        LocalDate.of(2024, 12, 20)),
                // left today: "on or before today"
                new ImportedLearner(75, "070844444DD", "DA SILVA", "Inês", LocalDate.of(2007, 10, 18), ImportedStatus.PUPIL, "TMELEC",
                        LocalDate.of(2025, 1, 15)),
                // Œ only exists in ISO-8859-15, not in ISO-8859-1
                new ImportedLearner(82, "070822222EE", "CŒUR", "Noël", LocalDate.of(2008, 12, 25), ImportedStatus.PUPIL, "1MELEC")),
                parsed.learners());
    }

    @Test
    public void refusesBadIneMissingDivisionAndDuplicates() throws Exception {
        ParsedImport parsed = parse("ExportXML_ElevesSansAdresses.xml");

        assertEquals(List.of(
                new ImportRefusal(48, "ine", "INE 1234567" + BAD_INE),
                new ImportRefusal(63, "classe", "Aucune division (classe) n'est attribuée à cet élève dans SIECLE."),
                new ImportRefusal(69, "ine", "INE 070803070AJ déjà présent ligne 11.")),
                parsed.refusals());
    }

    @Test
    public void readsStructuresWrittenBeforeThePupilsAndTheOldNomElement() throws Exception {
        ParsedImport parsed = parse("ExportXML_ElevesSansAdresses_structures_avant.xml");

        assertEquals(List.of(
                new ImportedLearner(36, "071234567AB", "HOAREAU", "Maëlys", LocalDate.of(2009, 5, 4), ImportedStatus.PUPIL, "2MSPC"),
                new ImportedLearner(54, "071234567EF", "PAYET", "Kévin", LocalDate.of(2008, 9, 1), ImportedStatus.PUPIL, "2 MSPC-B")),
                parsed.learners());
    }

    @Test
    public void reportsEveryProblemOfAPupil() throws Exception {
        ParsedImport parsed = parse("ExportXML_ElevesSansAdresses_structures_avant.xml");

        assertEquals(List.of(
                new ImportRefusal(42, "ine", "INE 0712345678" + BAD_INE),
                new ImportRefusal(42, "date_naissance", "La date de naissance 31/02/2009 n'existe pas."),
                new ImportRefusal(42, "classe", "Code de classe « 2MSPC/A » invalide : 32 caractères au plus, lettres sans accent, "
                        + "chiffres, espaces, points, tirets ou « _ », en commençant par une lettre ou un chiffre."),
                new ImportRefusal(48, "prenom", "Le prénom est obligatoire."),
                new ImportRefusal(48, "date_naissance", "Date de naissance « 2009-05-04 » illisible : format attendu JJ/MM/AAAA.")),
                parsed.refusals());
    }

    @Test
    public void aPupilLeavingTodayWasStillThereYesterday() throws Exception {
        // the exit date is compared with the parser's clock: the day before, the pupil of line 75 is still here
        SiecleLearnerParser yesterday = new SiecleLearnerParser(java.time.Clock.offset(TODAY, java.time.Duration.ofDays(-1)));
        try (InputStream in = resource("ExportXML_ElevesSansAdresses.xml")) {
            ParsedImport parsed = yesterday.parse(in);
            assertTrue(parsed.learners().stream().anyMatch(l -> l.line() == 75 && l.familyName().equals("DA SILVA")));
            assertFalse(parsed.refusals().stream().anyMatch(r -> r.line() == 75));
        }
    }

    @Test
    public void aTruncatedFileIsMalformed() throws Exception {
        ImportFormatException e = refused("siecle-tronque.xml");
        assertEquals("Le fichier XML est mal formé ligne 53, colonne 1 : il est sans doute incomplet ou a été modifié. "
                + "Exportez-le à nouveau depuis SIECLE.", e.getMessage());
        assertEquals(53, e.line());
    }

    @Test
    public void aFileThatIsNotXmlAtAll() {
        ImportFormatException e = refused("nom;prenom;ine\nMARTIN;Léa;070803070AJ\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Ce fichier n'est pas un fichier XML (illisible ligne 1, colonne 1) : déposez l'export SIECLE "
                + "« ExportXML_ElevesSansAdresses.xml ».", e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    public void aFileSavedInAnotherEncodingThanItDeclares() throws Exception {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BEE_ELEVES>\n<DONNEES><ELEVES><ELEVE ELEVE_ID=\"1\">\n"
                + "<NOM_DE_FAMILLE>LEFÈVRE</NOM_DE_FAMILLE></ELEVE></ELEVES></DONNEES></BEE_ELEVES>\n").getBytes(StandardCharsets.ISO_8859_1);
        ImportFormatException e = refused(latin1);
        assertEquals("Le fichier XML n'est pas enregistré dans l'encodage qu'il annonce (caractère illisible ligne 4, colonne 20) : "
                + "exportez-le à nouveau depuis SIECLE sans le modifier.", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    public void anotherSiecleExportIsNotThePupils() throws Exception {
        ImportFormatException e = refused("nomenclatures.xml");
        assertEquals("Ce fichier XML n'est pas un export SIECLE des élèves : son élément racine est <BEE_NOMENCLATURES> "
                + "au lieu de <BEE_ELEVES>. Déposez le fichier « ExportXML_ElevesSansAdresses.xml ».", e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    public void anEmptyFileAndAZipArchive() {
        assertEquals("Le fichier est vide.", refused(new byte[0]).getMessage());
        ImportFormatException zip = refused(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        assertEquals("Ce fichier est une archive ZIP : ouvrez-la et déposez le fichier « ExportXML_ElevesSansAdresses.xml » "
                + "qu'elle contient.", zip.getMessage());
        assertEquals(0, zip.line());
    }

    @Test(timeout = 20_000)
    public void aDoctypeIsRefusedWithoutFetchingAnything() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String xml = text("siecle-doctype-xxe.xml").replace("@DTD_URL@", base + "/siecle.dtd").replace("@SECRET_URL@", base + "/secret");

            ImportFormatException e = refused(xml.getBytes(StandardCharsets.UTF_8));

            assertEquals("Le fichier XML contient une déclaration DOCTYPE, refusée par sécurité : "
                    + "un export SIECLE n'en contient pas.", e.getMessage());
            assertEquals(0, e.line());
            server.setSoTimeout(300);
            try (Socket intruder = server.accept()) {
                fail("The parser connected to " + intruder.getRemoteSocketAddress());
            } catch (SocketTimeoutException expected) {
                // nobody came: neither the external DTD nor the entity was fetched
            }
        }
    }

    @Test
    public void anExternalEntityNeverReachesAName() throws Exception {
        Path secret = Files.createTempFile("passerelle-secret", ".txt");
        try {
            Files.writeString(secret, "MOT-DE-PASSE-SECRET");
            String xml = text("siecle-doctype-xxe.xml").replace("@DTD_URL@", secret.toUri().toString())
                    .replace("@SECRET_URL@", secret.toUri().toString());

            ImportFormatException e = refused(xml.getBytes(StandardCharsets.UTF_8));

            assertTrue(e.getMessage(), e.getMessage().startsWith("Le fichier XML contient une déclaration DOCTYPE"));
            assertFalse(String.valueOf(e.getCause()).contains("MOT-DE-PASSE-SECRET"));
        } finally {
            Files.delete(secret);
        }
    }

    @Test(timeout = 20_000)
    public void anEntityExpansionBombIsRefusedAtOnce() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE BEE_ELEVES [\n<!ENTITY a0 \"hahahahahahahahahaha\">\n");
        for (int i = 1; i <= 30; i++) {
            xml.append("<!ENTITY a").append(i).append(" \"");
            xml.append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID=\"1\"><NOM_DE_FAMILLE>&a30;</NOM_DE_FAMILLE></ELEVE>"
                + "</ELEVES></DONNEES></BEE_ELEVES>\n");
        ImportFormatException e = refused(xml.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage(), e.getMessage().startsWith("Le fichier XML contient une déclaration DOCTYPE,"));
    }

    @Test
    public void twentyThousandPupilsAtMost() throws Exception {
        ParsedImport full = parser.parse(new ByteArrayInputStream(pupils(20_000)));
        assertEquals(20_000, full.learners().size());
        assertEquals(List.of(), full.refusals());
        assertEquals(new ImportedLearner(20_003, "000020000AB", "NOM20000", "Prénom", LocalDate.of(2008, 2, 14), ImportedStatus.PUPIL,
                "1MELEC"), full.learners().get(19_999));

        ImportFormatException e = refused(pupils(20_001));
        assertEquals("Le fichier contient plus de 20 000 élèves (limite dépassée ligne 20004) : découpez-le en plusieurs fichiers.",
                e.getMessage());
        assertEquals(20_004, e.line());
    }

    /** A file of {@code count} valid pupils, one per line from line 4, all in 1MELEC. */
    private static byte[] pupils(int count) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BEE_ELEVES>\n<DONNEES><ELEVES>\n");
        for (int i = 1; i <= count; i++) {
            xml.append(String.format("<ELEVE ELEVE_ID=\"%d\"><ID_NATIONAL>%09dAB</ID_NATIONAL><NOM_DE_FAMILLE>NOM%d</NOM_DE_FAMILLE>"
                    + "<PRENOM>Prénom</PRENOM><DATE_NAISS>14/02/2008</DATE_NAISS></ELEVE>\n", i, i, i));
        }
        xml.append("</ELEVES><STRUCTURES>\n");
        for (int i = 1; i <= count; i++) {
            xml.append("<STRUCTURES_ELEVE ELEVE_ID=\"").append(i)
                    .append("\"><STRUCTURE><CODE_STRUCTURE>1MELEC</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>\n");
        }
        xml.append("</STRUCTURES></DONNEES></BEE_ELEVES>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ParsedImport parse(String name) throws ImportFormatException, IOException {
        try (InputStream in = resource(name)) {
            return parser.parse(in);
        }
    }

    private ImportFormatException refused(String name) throws IOException {
        try (InputStream in = resource(name)) {
            parser.parse(in);
        } catch (ImportFormatException e) {
            return e;
        }
        throw new AssertionError(name + " was accepted");
    }

    private ImportFormatException refused(byte[] xml) {
        try {
            parser.parse(new ByteArrayInputStream(xml));
        } catch (ImportFormatException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }
}
