package org.passerelle.core.internal.imports;

import static org.junit.Assert.assertEquals;
import static org.passerelle.core.internal.imports.ImportFixtures.TODAY;
import static org.passerelle.core.internal.imports.ImportFixtures.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class CsvLearnerParserTest {

    private final CsvLearnerParser parser = new CsvLearnerParser(TODAY);

    @Test
    public void readsASemicolonFileWithBomAccentedHeadersAndBothDateFormats() throws Exception {
        ParsedImport parsed = parse("eleves-point-virgule.csv");

        assertEquals("CSV", parsed.format());
        assertEquals(List.of(
                new ImportedLearner(2, "070803070AJ", "MARTIN", "Léa", LocalDate.of(2008, 2, 14), ImportedStatus.PUPIL, "1MELEC"),
                new ImportedLearner(4, "081234567BC", "N'DIAYE", "Anaïs", LocalDate.of(2007, 11, 3), ImportedStatus.APPRENTICE, "TMELEC"),
                new ImportedLearner(5, "070855555EE", "DUPONT", "Hugo", LocalDate.of(2009, 3, 5), ImportedStatus.PUPIL, "CAP 1 ELEC"),
                // exactly 10 years old today, and 70 years and 364 days
                new ImportedLearner(10, "070877777GG", "FAURE", "Zoé", LocalDate.of(2015, 1, 15), ImportedStatus.PUPIL, "1MELEC"),
                new ImportedLearner(12, "070899999JJ", "VIDAL", "Jeanne", LocalDate.of(1954, 1, 16), ImportedStatus.APPRENTICE, "BTS-1"),
                // 12.03.2008: a date as a spreadsheet with German or Swiss settings writes it
                new ImportedLearner(15, "070811112LL", "LEROY", "Camille", LocalDate.of(2008, 3, 12), ImportedStatus.PUPIL, "1MELEC")),
                parsed.learners());
        assertEquals("UTF-8", new CsvLearnerParser(TODAY).parse(resource("eleves-point-virgule.csv"), null).encoding());
    }

    /** Issue 10's field case: accents written decomposed (as some Mac tools do) are read composed, the same letters. */
    @Test
    public void decomposedAccentsAreReadComposed() throws Exception {
        ParsedImport parsed = parse("field-cases/csv-decomposed-accents.csv");
        assertEquals("L\u00e9a", parsed.learners().get(0).firstName());
        for (ImportedLearner learner : parsed.learners()) {
            assertEquals(learner.toString(), java.text.Normalizer.normalize(learner.toString(), java.text.Normalizer.Form.NFC), learner.toString());
        }
    }

    @Test
    public void refusesRowByRowWithEveryProblemOfTheRow() throws Exception {
        ParsedImport parsed = parse("eleves-point-virgule.csv");

        assertEquals(List.of(
                new ImportRefusal(6, "statut", "Statut « stagiaire » inconnu : « élève » (ou « scolaire »), « apprenti » (ou "
                        + "« apprentissage ») ou vide attendu."),
                new ImportRefusal(8, "ine", "INE 070803070AJ déjà présent ligne 2."),
                new ImportRefusal(9, "ine", "INE 12345 invalide : 11 caractères attendus, 10 chiffres ou lettres puis une lettre."),
                new ImportRefusal(9, "prenom", "Le prénom est obligatoire."),
                new ImportRefusal(9, "date_naissance", "La date de naissance 31/13/2008 n'existe pas."),
                new ImportRefusal(9, "classe", "Code de classe « 1MÉLEC » invalide : 32 caractères au plus, lettres sans accent, chiffres, "
                        + "espaces, points, tirets ou « _ », en commençant par une lettre ou un chiffre."),
                new ImportRefusal(11, "date_naissance",
                        "Date de naissance 16/01/2015 improbable : l'apprenant aurait 9 ans, l'âge doit être compris entre 10 et 70 ans."),
                new ImportRefusal(13, "date_naissance",
                        "Date de naissance 15/01/1954 improbable : l'apprenant aurait 71 ans, l'âge doit être compris entre 10 et 70 ans."),
                new ImportRefusal(16, "date_naissance", "La date de naissance 01/06/2030 est dans le futur."),
                new ImportRefusal(17, "ligne", "La ligne contient 7 valeurs alors que la ligne d'en-tête n'a que 6 colonnes : "
                        + "une valeur contient sans doute le séparateur « ; » sans être entre guillemets.")),
                parsed.refusals());
    }

    @Test
    public void readsACommaFileWithColumnsInAnyOrderAndWithoutStatus() throws Exception {
        ParsedImport parsed = parse("eleves-virgule.csv");

        assertEquals(List.of(
                new ImportedLearner(2, "070803070AJ", "MARTIN", "Léa", LocalDate.of(2008, 2, 14), ImportedStatus.PUPIL, "1MELEC"),
                new ImportedLearner(3, "081234567BC", "DUBOIS, épouse NGUYEN", "Anaïs", LocalDate.of(2007, 11, 3), ImportedStatus.PUPIL,
                        "TMELEC")),
                parsed.learners());
        assertEquals(List.of(new ImportRefusal(5, "classe", "La classe est obligatoire.")), parsed.refusals());
    }

    @Test
    public void aMissingColumnRefusesTheFile() throws Exception {
        ImportFormatException e = refused("colonne-manquante.csv");
        assertEquals("Colonne obligatoire absente : « date_naissance ».", e.getMessage());
        assertEquals(1, e.line());

        assertEquals("Colonnes obligatoires absentes : « ine », « classe ».",
                refusedText("\n\nNom;Prénom;Date_Naissance\nMARTIN;Léa;14/02/2008\n").getMessage());
        assertEquals(3, refusedText("\n\nNom;Prénom;Date_Naissance\nMARTIN;Léa;14/02/2008\n").line());
    }

    /** Issue 10: a column that is not ours (« Téléphone », « Sexe », « Régime ») is ignored and listed, never a refusal. */
    @Test
    public void unknownColumnsAreIgnoredAndListed() throws Exception {
        ParsedImport parsed = parse("colonne-inconnue.csv");
        assertEquals(List.of("telephone"), parsed.ignoredColumns());
        assertEquals(1, parsed.learners().size());

        ParsedImport other = parser.parse(new StringReader("nom,prenom,ine,Naissance,classe,Téléphone\n"));
        assertEquals(List.of("Téléphone"), other.ignoredColumns());
    }

    @Test
    public void aRepeatedColumnRefusesTheFile() {
        assertEquals("Les colonnes « Nom » et « Nom de famille » de la ligne d'en-tête désignent toutes deux « nom » : gardez-en une seule.",
                refusedText("Nom;Nom de famille;prenom;ine;date_naissance;classe\n").getMessage());
    }

    /** The message names the real problem: data where the header should be, or a header of which nothing is known. */
    @Test
    public void aFileWithoutHeaderRow() {
        ImportFormatException e = refusedText("MARTIN;Léa;070803070AJ;14/02/2008;1MELEC\nDUPONT;Hugo;070855555EE;05/03/2009;1MELEC\n");
        assertEquals("La première ligne contient des élèves et non les noms des colonnes : ajoutez au début du fichier la ligne d'en-tête, "
                + "par exemple nom;prenom;ine;date_naissance;classe;statut.", e.getMessage());
        assertEquals(1, e.line());
        assertEquals("Aucune colonne de la ligne d'en-tête n'est reconnue (« Élève », « Groupe »). Colonnes attendues : nom, prenom, ine, "
                + "date_naissance, classe et, si besoin, statut.", refusedText("Élève;Groupe\nMARTIN Léa;A\n").getMessage());
        assertEquals("Colonne obligatoire absente : « prenom ». Colonnes non reconnues : « Prénoms » ; renommez dans la ligne d'en-tête "
                + "celle qui contient l'information.", refusedText("nom;Prénoms;ine;date_naissance;classe\n").getMessage());
    }

    @Test
    public void emptyFiles() {
        for (String empty : List.of("", "\uFEFF", "\n\r\n  \n", ";;;;\n;;;;\n")) {
            ImportFormatException e = refusedText(empty);
            assertEquals("Le fichier est vide.", e.getMessage());
            assertEquals(0, e.line());
        }
    }

    /** A Windows-1252 file read as UTF-8 text (the reader is the caller's): refused, never imported garbled. */
    @Test
    public void replacementCharactersRefuseTheFile() throws Exception {
        ImportFormatException e = refused("eleves-windows-1252.csv");
        assertEquals("Le fichier contient des caractères illisibles (ligne 2) : il a sans doute été mal converti. Dans le tableur, "
                + "enregistrez-le au format « CSV UTF-8 ».", e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    public void aSpreadsheetWorkbookIsNotACsv() {
        assertEquals("Ce fichier est un classeur de tableur, pas un fichier CSV : dans le tableur, enregistrez-le au format « CSV UTF-8 ».",
                refusedText("PK\u0003\u0004\u0014\u0000\u0006\u0000").getMessage());
    }

    @Test
    public void anUnclosedQuoteMakesTheFileMalformed() {
        ImportFormatException e = refusedText("nom;prenom;ine;date_naissance;classe\nMARTIN;Léa;070803070AJ;14/02/2008;1MELEC\n"
                + "\"DUPONT;Hugo;070855555EE;05/03/2009;1MELEC\nBERNARD;Inès;070866666FF;12/09/2008;1MELEC\n");
        assertEquals("Le fichier CSV est mal formé à partir de la ligne 3 : un guillemet ouvert n'est sans doute jamais refermé.",
                e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    public void aQuotedValueOverSeveralLinesKeepsTheLineNumbersOfTheFile() throws Exception {
        // the last header cell is empty: that column is ignored
        ParsedImport parsed = parser.parse(new StringReader("nom;prenom;ine;date_naissance;classe;\n"
                + "MARTIN;Léa;070803070AJ;14/02/2008;1MELEC;\"remarque\nsur deux lignes\"\n"
                + "DUPONT;Hugo;070855555EE;05/03/2009;1MELEC;\n"));
        assertEquals(List.of(2, 4), parsed.learners().stream().map(ImportedLearner::line).toList());
        assertEquals(List.of(), parsed.refusals());
    }

    @Test
    public void statusWordsAndASeparatorFoundInTheHeader() throws Exception {
        ParsedImport parsed = parser.parse(new StringReader("nom,prenom,ine,date_naissance,classe,STATUT\n"
                + "A,Léa,070803070AJ,14/02/2008,1MELEC,Élève\n"
                + "B,Léa,070803070BJ,14/02/2008,1MELEC,SCOLAIRE\n"
                + "C,Léa,070803070CJ,14/02/2008,1MELEC,\" apprenti \"\n"
                + "D,Léa,070803070DJ,14/02/2008,1MELEC,Apprentie\n"
                + "E,Léa,070803070EJ,14/02/2008,1MELEC,apprentissage\n"
                + "F,Léa,070803070FJ,14/02/2008,1MELEC,Sous statut scolaire\n"
                + "G,Léa,070803070GJ,14/02/2008,1MELEC,Apprenti(e)\n"
                + "H,Léa,070803070HJ,14/02/2008,1MELEC,ST\n"
                + "I,Léa,070803070IJ,14/02/2008,1MELEC,AP\n"
                + "J,Léa,070803070JJ,14/02/2008,1MELEC,stagiaire\n"));
        assertEquals(List.of(ImportedStatus.PUPIL, ImportedStatus.PUPIL, ImportedStatus.APPRENTICE, ImportedStatus.APPRENTICE,
                ImportedStatus.APPRENTICE, ImportedStatus.PUPIL, ImportedStatus.APPRENTICE, ImportedStatus.PUPIL, ImportedStatus.APPRENTICE),
                parsed.learners().stream().map(ImportedLearner::status).toList());
        assertEquals(List.of(new ImportRefusal(11, "statut", "Statut « stagiaire » inconnu : « élève » (ou « scolaire »), « apprenti » "
                + "(ou « apprentissage ») ou vide attendu.")), parsed.refusals());
    }

    @Test
    public void blankRequiredValuesAreEachRefused() throws Exception {
        ParsedImport parsed = parser.parse(new StringReader("nom;prenom;ine;date_naissance;classe\n  ;\u00A0;;;1MELEC\nSEUL\n"));
        assertEquals(List.of(
                new ImportRefusal(2, "ine", "L'INE est obligatoire."),
                new ImportRefusal(2, "nom", "Le nom est obligatoire."),
                new ImportRefusal(2, "prenom", "Le prénom est obligatoire."),
                new ImportRefusal(2, "date_naissance", "La date de naissance est obligatoire."),
                // a short row: the missing values are blank
                new ImportRefusal(3, "ine", "L'INE est obligatoire."),
                new ImportRefusal(3, "prenom", "Le prénom est obligatoire."),
                new ImportRefusal(3, "date_naissance", "La date de naissance est obligatoire."),
                new ImportRefusal(3, "classe", "La classe est obligatoire.")),
                parsed.refusals());
        assertEquals(List.of(), parsed.learners());
    }

    @Test
    public void aClassCodeOf32CharactersAtMost() throws Exception {
        String code32 = "A" + "b".repeat(31);
        ParsedImport parsed = parser.parse(new StringReader("nom;prenom;ine;date_naissance;classe\n"
                + "A;Léa;070803070AJ;14/02/2008;" + code32 + "\nB;Léa;070803070BJ;14/02/2008;" + code32 + "c\n"
                + "C;Léa;070803070CJ;14/02/2008;-1MELEC\n"));
        assertEquals(List.of(code32), parsed.learners().stream().map(ImportedLearner::classCode).toList());
        assertEquals(List.of(3, 4), parsed.refusals().stream().map(ImportRefusal::line).toList());
        assertEquals(List.of("classe", "classe"), parsed.refusals().stream().map(ImportRefusal::field).toList());
    }

    @Test
    public void twentyThousandRowsAtMost() throws Exception {
        ParsedImport full = parser.parse(new StringReader(rows(20_000)));
        assertEquals(20_000, full.learners().size());
        assertEquals(List.of(), full.refusals());
        assertEquals(20_001, full.learners().get(19_999).line());

        ImportFormatException e = refusedText(rows(20_001));
        assertEquals("Le fichier contient plus de 20 000 élèves (limite dépassée ligne 20002) : découpez-le en plusieurs fichiers.",
                e.getMessage());
        assertEquals(20_002, e.line());
    }

    private static String rows(int count) {
        StringBuilder csv = new StringBuilder("nom;prenom;ine;date_naissance;classe\n");
        for (int i = 1; i <= count; i++) {
            csv.append(String.format("NOM%d;Prénom;%09dAB;14/02/2008;1MELEC%n", i, i));
        }
        return csv.toString();
    }

    private ParsedImport parse(String name) throws ImportFormatException, IOException {
        try (Reader in = new InputStreamReader(resource(name), StandardCharsets.UTF_8)) {
            return parser.parse(in);
        }
    }

    private ImportFormatException refused(String name) throws IOException {
        try (Reader in = new InputStreamReader(resource(name), StandardCharsets.UTF_8)) {
            parser.parse(in);
        } catch (ImportFormatException e) {
            return e;
        }
        throw new AssertionError(name + " was accepted");
    }

    private ImportFormatException refusedText(String csv) {
        try {
            parser.parse(new StringReader(csv));
        } catch (ImportFormatException e) {
            return e;
        }
        throw new AssertionError("accepted: " + csv);
    }
}
