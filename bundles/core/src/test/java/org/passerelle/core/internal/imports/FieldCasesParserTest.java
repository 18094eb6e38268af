package org.passerelle.core.internal.imports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.passerelle.core.internal.imports.ImportFixtures.resource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.Test;

/**
 * Issue 10's field cases (src/test/resources/imports/field-cases/, copied from the shared folder), each with the
 * answer a school expects, read as bytes the way the platform receives them. Today is the day they were reported.
 */
public class FieldCasesParserTest {

    /** Sunday 29 November 2026, 10:00 in Paris. */
    static final Clock REPORTED = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneId.of("Europe/Paris"));

    private final CsvLearnerParser csv = new CsvLearnerParser(REPORTED);
    private final SiecleLearnerParser siecle = new SiecleLearnerParser(REPORTED);

    private static final String LOST = " contient un « ? » : le tableur a remplacé les lettres qu'il ne savait pas enregistrer. Enregistrez "
            + "le fichier au format « CSV UTF-8 ».";

    @Test
    public void excelWindows1252IsReadWithItsAccents() throws Exception {
        ParsedImport parsed = csvFile("csv-excel-windows-1252.csv", null);
        assertEquals("windows-1252", parsed.encoding());
        assertEquals(List.of(
                new ImportedLearner(2, "5000000001A", "N'DIAYE", "Aminata", LocalDate.of(2010, 9, 14), ImportedStatus.PUPIL, "2PMIA"),
                new ImportedLearner(3, "5000000002B", "LEFÈVRE-DUPONT", "Zoë", LocalDate.of(2010, 3, 2), ImportedStatus.PUPIL, "2PMIA"),
                new ImportedLearner(4, "5000000003C", "de La Tour", "Éloïse", LocalDate.of(2009, 5, 5), ImportedStatus.PUPIL, "1MSPC")),
                parsed.learners());
        // Excel wrote « ? » for the letters Windows-1252 has not: the real problem is named, nothing is imported garbled.
        assertEquals(List.of(
                new ImportRefusal(5, "nom", "« NGUY?N »" + LOST),
                new ImportRefusal(5, "prenom", "« V?n ??c »" + LOST),
                new ImportRefusal(6, "prenom", "« Ay?e »" + LOST)),
                parsed.refusals());
    }

    /** The same learners in every encoding a school's tools write: the same answer. */
    @Test
    public void utf8Utf16AndLatin9GiveTheSameLearners() throws Exception {
        String text = "nom;prenom;ine;date_naissance;classe\r\nLEBŒUF;Lætitia;5300000006F;01/01/2010;2PMIA\r\nNGUYỄN;Văn Đức;5300000007G;01/01/2010;2PMIA\r\n";
        List<ImportedLearner> expected = csv.parse(new java.io.StringReader(text)).learners();
        assertEquals(2, expected.size());
        assertEquals(expected, csv.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null).learners());
        assertEquals(expected, csv.parse(new ByteArrayInputStream(bytes("\uFEFF" + text, StandardCharsets.UTF_8)), null).learners());
        assertEquals(expected, csv.parse(new ByteArrayInputStream(bytes("\uFEFF" + text, StandardCharsets.UTF_16LE)), null).learners());
        assertEquals(expected, csv.parse(new ByteArrayInputStream(bytes("\uFEFF" + text, StandardCharsets.UTF_16BE)), null).learners());
        ParsedImport noBom = csv.parse(new ByteArrayInputStream(bytes(text, StandardCharsets.UTF_16LE)), null);
        assertEquals("UTF-16LE", noBom.encoding());
        assertEquals(expected, noBom.learners());
        assertEquals(expected, csv.parse(new ByteArrayInputStream(bytes(text, StandardCharsets.UTF_16LE)), "UTF-16LE").learners());

        // Œ and æ exist in ISO-8859-15 and Windows-1252 at different places: each is found.
        String latin = "nom;prenom;ine;date_naissance;classe\r\nLEBŒUF;Lætitia;5300000006F;01/01/2010;2PMIA\r\n";
        ParsedImport latin9 = csv.parse(new ByteArrayInputStream(latin.getBytes(Charset.forName("ISO-8859-15"))), null);
        assertEquals("ISO-8859-15", latin9.encoding());
        assertEquals("LEBŒUF", latin9.learners().get(0).familyName());
        ParsedImport windows = csv.parse(new ByteArrayInputStream(latin.getBytes(Charset.forName("windows-1252"))), null);
        assertEquals("windows-1252", windows.encoding());
        assertEquals("LEBŒUF", windows.learners().get(0).familyName());
        assertEquals("Lætitia", windows.learners().get(0).firstName());
        // As the request declares it.
        assertEquals("ISO-8859-15", csv.parse(new ByteArrayInputStream(latin.getBytes(Charset.forName("ISO-8859-15"))), "iso-8859-15").encoding());
    }

    @Test
    public void aDeclaredEncodingThatTheBytesContradictIsRefused() {
        byte[] utf8 = "nom;prenom;ine;date_naissance;classe\nPETIT;Léa;0000000001A;14/09/2010;2PMIA\n".getBytes(StandardCharsets.UTF_8);
        ImportFormatException e = assertThrows(ImportFormatException.class, () -> csv.parse(new ByteArrayInputStream(utf8), "ISO-8859-15"));
        assertEquals("Le fichier est annoncé en ISO-8859-15 mais il est enregistré en UTF-8 : ses accents seraient mal lus. Déposez-le "
                + "sans préciser son encodage, il sera reconnu.", e.getMessage());
        byte[] latin = "nom;prenom\nPETIT;Léa\n".getBytes(StandardCharsets.ISO_8859_1);
        e = assertThrows(ImportFormatException.class, () -> csv.parse(new ByteArrayInputStream(latin), "UTF-8"));
        assertEquals("Le fichier n'est pas lisible en UTF-8 : certains octets n'y correspondent à aucun caractère. Dans le tableur, "
                + "enregistrez-le au format « CSV UTF-8 ».", e.getMessage());
        e = assertThrows(ImportFormatException.class, () -> csv.parse(new ByteArrayInputStream(latin), "klingon"));
        assertEquals("L'encodage « klingon » annoncé pour ce fichier est inconnu : déposez le fichier sans préciser son encodage, il sera "
                + "reconnu.", e.getMessage());
    }

    @Test
    public void frenchHeaderNamesAreUnderstood() throws Exception {
        ParsedImport parsed = csvFile("csv-header-variants.csv", null);
        assertEquals(List.of("N'DIAYE", "LEFÈVRE-DUPONT", "de La Tour", "NGUYỄN", "YILMAZ"),
                parsed.learners().stream().map(ImportedLearner::familyName).toList());
        assertEquals(List.of("Aminata", "Zoë", "Éloïse", "Văn Đức", "Ayşe"), parsed.learners().stream().map(ImportedLearner::firstName).toList());
        assertEquals(List.of(), parsed.refusals());
        assertEquals(List.of(), parsed.ignoredColumns());
    }

    @Test
    public void extraColumnsAreIgnoredAndListed() throws Exception {
        ParsedImport parsed = csvFile("csv-extra-columns.csv", null);
        assertEquals(List.of(new ImportedLearner(2, "5000000006F", "MARCHAND", "Louis", LocalDate.of(2010, 2, 1), ImportedStatus.PUPIL,
                "2PMIA")), parsed.learners());
        assertEquals(List.of("Sexe", "Régime", "Options"), parsed.ignoredColumns());
    }

    @Test
    public void sepLinesAndTabs() throws Exception {
        String row = "PETIT;Léa;0000000001A;14/09/2010;2PMIA";
        ParsedImport sep = csv.parse(new java.io.StringReader("sep=;\r\nnom;prenom;ine;date_naissance;classe\r\n" + row + "\r\n"));
        assertEquals(3, sep.learners().get(0).line());
        ParsedImport sepComma = csv.parse(new java.io.StringReader("\"sep=,\"\nnom,prenom,ine,date_naissance,classe\n" + row.replace(';', ',') + "\n"));
        assertEquals("Léa", sepComma.learners().get(0).firstName());
        ParsedImport tabs = csv.parse(new java.io.StringReader("Nom\tPrénom\tINE\tDate de naissance\tClasse\n" + row.replace(';', '\t') + "\n"));
        assertEquals(List.of(), tabs.refusals());
        assertEquals("PETIT", tabs.learners().get(0).familyName());
    }

    @Test
    public void datesAsSpreadsheetsWriteThem() throws Exception {
        ParsedImport parsed = csvFile("csv-date-shapes.csv", null);
        LocalDate expected = LocalDate.of(2010, 9, 14);
        assertEquals(List.of("ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "GOLF", "HOTEL", "INDIA"),
                parsed.learners().stream().map(ImportedLearner::familyName).toList());
        for (ImportedLearner learner : parsed.learners()) {
            assertEquals(learner.familyName(), learner.familyName().equals("GOLF") ? LocalDate.of(2008, 2, 29) : expected, learner.birthDate());
        }
        // Only the impossible date is refused, and said so.
        assertEquals(List.of(new ImportRefusal(7, "date_naissance", "La date de naissance 29/02/2010 n'existe pas.")), parsed.refusals());
    }

    @Test
    public void aLineBreakInANameIsRefusedOnItsLine() throws Exception {
        ParsedImport parsed = csvFile("csv-line-break-in-name.csv", null);
        assertEquals(List.of(), parsed.learners());
        assertEquals(List.of(new ImportRefusal(2, "nom", "« DE LA TOUR ↵ DU PIN » contient un retour à la ligne (une cellule saisie sur deux "
                + "lignes) : écrivez-la sur une seule ligne.")), parsed.refusals());
    }

    @Test
    public void aNameOverOneHundredCharactersIsRefusedOnItsLine() throws Exception {
        ParsedImport parsed = csvFile("csv-name-over-100.csv", null);
        assertEquals(List.of("COURT"), parsed.learners().stream().map(ImportedLearner::familyName).toList());
        assertEquals(List.of(new ImportRefusal(2, "nom", "Ce nom compte 103 caractères : 100 au plus.")), parsed.refusals());
    }

    @Test
    public void decomposedAccentsAreReadComposed() throws Exception {
        assertEquals("L\u00e9a", csvFile("csv-decomposed-accents.csv", null).learners().get(0).firstName());
    }

    @Test
    public void aSiecleFileDeclaredLatin9ButSavedAsUtf8IsRefused() {
        ImportFormatException e = assertThrows(ImportFormatException.class, () -> {
            try (InputStream in = resource("field-cases/siecle-declared-latin9-bytes-utf8.xml")) {
                siecle.parse(in);
            }
        });
        assertEquals("Le fichier annonce l'encodage ISO-8859-15 mais il est enregistré en UTF-8 (il a sans doute été ouvert et réenregistré "
                + "dans un éditeur) : ses accents seraient mal lus. Exportez-le à nouveau depuis SIECLE sans le modifier.", e.getMessage());
    }

    @Test
    public void aSiecleExitDateMakesADeparture() throws Exception {
        try (InputStream in = resource("field-cases/siecle-known-pupil-left.xml")) {
            ParsedImport parsed = siecle.parse(in);
            assertEquals(List.of(new ImportedLearner(6, "0000000001A", "PETIT", "Léa", LocalDate.of(2010, 9, 14), ImportedStatus.PUPIL,
                    "2PMIA", LocalDate.of(2026, 11, 15))), parsed.learners());
            assertEquals(List.of(), parsed.refusals());
        }
    }

    /** Found by a probe: a first line longer than the header scan was a 500; a file read with NULs, names garbled. */
    @Test
    public void aFileWithoutLineBreaksOrReadWithNulsIsRefusedSayingWhy() {
        byte[] oneLine = ("nom;prenom;" + "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
        ImportFormatException e = assertThrows(ImportFormatException.class, () -> csv.parse(new ByteArrayInputStream(oneLine), null));
        assertEquals("La première ligne du fichier dépasse 65536 caractères : ce n'est sans doute pas un fichier CSV, ou ses lignes ne sont "
                + "pas séparées. Dans le tableur, enregistrez-le au format « CSV UTF-8 ».", e.getMessage());
        byte[] utf16 = "nom;prenom;ine;date_naissance;classe\nPETIT;Léa;0000000001A;14/09/2010;2PMIA\n".getBytes(StandardCharsets.UTF_16LE);
        e = assertThrows(ImportFormatException.class, () -> csv.parse(new ByteArrayInputStream(utf16), "windows-1252"));
        assertTrue(e.getMessage(), e.getMessage().startsWith("Le fichier contient des caractères nuls une fois lu en windows-1252"));
        // A header of anything is quoted short.
        e = assertThrows(ImportFormatException.class, () -> csv.parse(new java.io.StringReader("a".repeat(60_000) + ";b\n")));
        assertTrue(e.getMessage().length() + " characters", e.getMessage().length() < 300);
    }

    private ParsedImport csvFile(String name, String declared) throws Exception {
        try (InputStream in = resource("field-cases/" + name)) {
            return csv.parse(in, declared);
        }
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }
}
