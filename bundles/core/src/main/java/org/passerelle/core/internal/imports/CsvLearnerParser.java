package org.passerelle.core.internal.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Map.Entry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.passerelle.core.internal.imports.CsvHeader.Column;

/**
 * Reads a CSV file of learners with a header row: {@code nom;prenom;ine;date_naissance;classe[;statut][;date_sortie]}
 * in any order, under the names school exports give them ({@link CsvHeader}); other columns are ignored and listed.
 * <ul>
 * <li>Bytes: UTF-8 with or without BOM, UTF-16 (BOM), Windows-1252 and ISO-8859-15, detected or as the request
 * declares ({@link ImportText}). A spreadsheet workbook (ZIP) is refused.</li>
 * <li>The separator: the one an Excel {@code sep=;} first line names, else the one the header line uses most among
 * {@code ;}, {@code ,} and tab ({@code ;} on a tie). Values may be quoted ({@code "}) as spreadsheets do.</li>
 * <li>Blank lines, and lines whose values are all blank ({@code ;;;;}), are skipped wherever they are.</li>
 * <li>Dates as spreadsheets write them ({@link SpreadsheetDates}).</li>
 * <li>{@code statut}: the words of school exports ({@link #STATUSES}): « élève », « scolaire », « statut scolaire »,
 * « ST » → pupil; « apprenti(e) », « apprentissage », « AP » → apprentice (case, accents and punctuation ignored);
 * empty → pupil; else refused.</li>
 * <li>{@code date_sortie}: an exit date on or before today makes the row a departure.</li>
 * <li>A row with more non-blank values than the header has columns is refused on {@code ligne} (a value holding
 * the separator without quotes shifts every following column).</li>
 * </ul>
 * Lines are those of the file (1-based, counting blank lines and a {@code sep=} line; a row whose quoted value spans
 * several lines has the line where it starts). Stateless, thread-safe.
 */
public final class CsvLearnerParser {

    public static final String FORMAT = "CSV";

    /** How far the header line is looked at to find its separator. */
    private static final int HEADER_SCAN = 64 * 1024;
    private static final char BOM = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';
    private static final Pattern SEP_LINE = Pattern.compile("^\"?sep=(.)\"?[;,\\t]*\\r?$", Pattern.CASE_INSENSITIVE);

    /** Status words of school exports, as {@link Values#key} gives them. */
    static final Map<String, ImportedStatus> STATUSES = Map.ofEntries(
            Map.entry("", ImportedStatus.PUPIL),
            Map.entry("eleve", ImportedStatus.PUPIL),
            Map.entry("scolaire", ImportedStatus.PUPIL),
            Map.entry("statutscolaire", ImportedStatus.PUPIL),
            Map.entry("sousstatutscolaire", ImportedStatus.PUPIL),
            Map.entry("elevesousstatutscolaire", ImportedStatus.PUPIL),
            Map.entry("st", ImportedStatus.PUPIL),
            Map.entry("sco", ImportedStatus.PUPIL),
            Map.entry("apprenti", ImportedStatus.APPRENTICE),
            Map.entry("apprentie", ImportedStatus.APPRENTICE),
            Map.entry("apprentissage", ImportedStatus.APPRENTICE),
            Map.entry("enapprentissage", ImportedStatus.APPRENTICE),
            Map.entry("contratdapprentissage", ImportedStatus.APPRENTICE),
            Map.entry("statutapprenti", ImportedStatus.APPRENTICE),
            Map.entry("ap", ImportedStatus.APPRENTICE),
            Map.entry("app", ImportedStatus.APPRENTICE));

    private final Clock clock;

    /** Today is taken from the system clock in the default time zone. */
    public CsvLearnerParser() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock gives "today", for the ages, exit dates and two-digit years */
    public CsvLearnerParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads the whole stream (not closed here; the caller bounds its size), in the encoding found by
     * {@link ImportText}.
     *
     * @param declaredCharset the charset the request declares, or null
     * @throws ImportFormatException as {@link #parse(Reader)}, and a workbook, an unknown declared charset, bytes not in
     *                               the encoding used
     */
    public ParsedImport parse(InputStream csv, String declaredCharset) throws ImportFormatException {
        Objects.requireNonNull(csv, "csv");
        byte[] bytes;
        try {
            bytes = csv.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw new ImportFormatException(Messages.format("file.empty"), 0);
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw new ImportFormatException(Messages.format("csv.workbook"), 0);
        }
        ImportText.Decoded text = ImportText.decode(bytes, declaredCharset);
        if (text.text().indexOf('\u0000') >= 0) {
            throw new ImportFormatException(Messages.format("text.nul", text.charset().displayName()), 0);
        }
        return parse(new StringReader(text.text()), text.charset().name());
    }

    /**
     * Reads the whole text (the reader is not closed here).
     *
     * @throws ImportFormatException empty, no header row, repeated or missing column, a replacement character (a file
     *                               read in the wrong encoding), unbalanced quotes, more than {@value RowChecker#MAX_ROWS} rows
     * @throws UncheckedIOException  the reader itself failed
     */
    public ParsedImport parse(Reader csv) throws ImportFormatException {
        return parse(csv, null);
    }

    private ParsedImport parse(Reader csv, String encoding) throws ImportFormatException {
        Objects.requireNonNull(csv, "csv");
        try {
            BufferedReader in = new BufferedReader(csv);
            skipBom(in);
            Entry<Character, Integer> separator = separator(in);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(separator.getKey())
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true)
                    .build();
            // Not closed: closing it would close the caller's reader.
            CSVParser parser = format.parse(in);
            return read(parser, separator.getKey(), separator.getValue(), encoding);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedImport read(CSVParser parser, char separator, int skippedLines, String encoding) throws ImportFormatException {
        RowChecker checker = new RowChecker(RowChecker.Format.CSV, LocalDate.now(clock));
        Iterator<CSVRecord> records = parser.iterator();
        CsvHeader header = null;
        while (true) {
            int line = (int) parser.getCurrentLineNumber() + 1 + skippedLines;
            List<String> values;
            try {
                if (!records.hasNext()) {
                    break;
                }
                values = records.next().toList();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException) {
                    throw new ImportFormatException(Messages.format("csv.malformed", String.valueOf(line)), line, e);
                }
                throw e;
            }
            if (values.stream().anyMatch(v -> v.indexOf(REPLACEMENT) >= 0)) {
                throw new ImportFormatException(Messages.format("csv.encoding", String.valueOf(line)), line);
            }
            if (values.stream().allMatch(v -> Values.clean(v).isEmpty())) {
                continue;
            }
            if (header == null) {
                header = CsvHeader.read(values, line);
                continue;
            }
            checker.countRow(line);
            row(checker, header, values, line, separator);
        }
        if (header == null) {
            throw new ImportFormatException(Messages.format("file.empty"), 0);
        }
        return checker.result(FORMAT, header.ignored(), encoding);
    }

    private static void row(RowChecker checker, CsvHeader header, List<String> values, int line, char separator) {
        List<ImportRefusal> extra = new ArrayList<>();
        ImportedStatus status = ImportedStatus.PUPIL;
        if (header.has(Column.STATUT)) {
            String given = header.value(values, Column.STATUT);
            status = STATUSES.get(Values.key(given));
            if (status == null) {
                extra.add(RowChecker.refusal(line, RowChecker.STATUT, "refusal.statut.invalid", RowChecker.visible(Values.clean(given))));
            }
        }
        int extraValues = 0;
        for (int i = header.size(); i < values.size(); i++) {
            if (!Values.clean(values.get(i)).isEmpty()) {
                extraValues = i + 1;
            }
        }
        if (extraValues > 0) {
            extra.add(RowChecker.refusal(line, RowChecker.LIGNE, "refusal.ligne.extraValues", String.valueOf(extraValues),
                    String.valueOf(header.size()), separator == '\t' ? "tabulation" : String.valueOf(separator)));
        }
        checker.check(new RowChecker.RawRow(line, header.value(values, Column.INE), header.value(values, Column.NOM),
                header.value(values, Column.PRENOM), header.value(values, Column.DATE_NAISSANCE), header.value(values, Column.CLASSE),
                status, header.value(values, Column.DATE_SORTIE)), extra);
    }

    /**
     * The first line, the reader reset to its start; null for an empty text. A first line longer than the header scan
     * (64 Ki characters) is no header of ours: the file has no line breaks, or is no CSV.
     */
    private static String firstLine(BufferedReader in) throws IOException, ImportFormatException {
        in.mark(HEADER_SCAN + 1);
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n' && c != '\r') {
            if (line.length() == HEADER_SCAN) {
                throw new ImportFormatException(Messages.format("csv.lineTooLong", String.valueOf(HEADER_SCAN)), 1);
            }
            line.append((char) c);
        }
        in.reset();
        return c < 0 && line.length() == 0 ? null : line.toString();
    }

    private static void skipBom(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != BOM) {
            in.reset();
        }
    }

    /**
     * The separator and the number of lines consumed before the header ({@code 1} after an Excel {@code sep=} line,
     * which is consumed; else 0, the reader reset). Without {@code sep=}, looks at the first line holding something
     * else than spaces, separators and quotes: {@code ;} unless it has more {@code ,} or tabs (outside quotes).
     */
    private static Entry<Character, Integer> separator(BufferedReader in) throws IOException, ImportFormatException {
        String first = firstLine(in);
        if (first == null) {
            throw new ImportFormatException(Messages.format("file.empty"), 0);
        }
        if (first.startsWith("PK\u0003\u0004")) {
            throw new ImportFormatException(Messages.format("csv.workbook"), 0);
        }
        Matcher sep = SEP_LINE.matcher(first.strip());
        if (sep.matches()) {
            in.readLine(); // the short sep= line, consumed
            return Map.entry(sep.group(1).charAt(0), 1);
        }
        in.reset();
        in.mark(HEADER_SCAN);
        int[] counts = new int[3];
        boolean quoted = false;
        boolean content = false;
        int read = 0;
        int c;
        while (read < HEADER_SCAN - 1 && (c = in.read()) >= 0) {
            read++;
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (content) {
                    break;
                }
                counts = new int[3];
            } else if (!quoted && (c == ';' || c == ',' || c == '\t')) {
                counts[c == ';' ? 0 : c == ',' ? 1 : 2]++;
            } else if (!Values.clean(String.valueOf((char) c)).isEmpty()) {
                content = true;
            }
        }
        in.reset();
        char separator = ';';
        if (counts[1] > counts[0] && counts[1] >= counts[2]) {
            separator = ',';
        } else if (counts[2] > counts[0] && counts[2] > counts[1]) {
            separator = '\t';
        }
        return Map.entry(separator, 0);
    }
}
