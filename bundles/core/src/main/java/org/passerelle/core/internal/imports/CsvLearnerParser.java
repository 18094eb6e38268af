package org.passerelle.core.internal.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of learners with a header row: {@code nom;prenom;ine;date_naissance;classe[;statut]} in any
 * order.
 * <ul>
 * <li>The separator, {@code ;} or {@code ,}, is the one the header line uses most ({@code ;} on a tie).
 * Values may be quoted ({@code "}) as spreadsheets do.</li>
 * <li>A leading byte order mark is ignored. A replacement character (U+FFFD, what a Windows-1252 file read as
 * UTF-8 gives) refuses the file, asking for a "CSV UTF-8" export; so does a spreadsheet workbook (ZIP).</li>
 * <li>Header names are matched ignoring case, accents, spaces, underscores and hyphens; besides the canonical
 * names, {@code nom de famille}, {@code date de naissance} and {@code division} are understood. A header cell left
 * empty (a trailing separator) is ignored with its column. Unknown, repeated or missing columns refuse the file.</li>
 * <li>Blank lines, and lines whose values are all blank ({@code ;;;;}), are skipped wherever they are.</li>
 * <li>{@code date_naissance}: {@code dd/MM/yyyy} (day and month may have one digit) or {@code yyyy-MM-dd}.</li>
 * <li>{@code statut}: {@code élève}, {@code eleve} or {@code scolaire} → pupil, {@code apprenti} or
 * {@code apprentie} → apprentice (case and accents ignored), empty → pupil; else refused.</li>
 * <li>A row with more non-blank values than the header has columns is refused on {@code ligne} (a value holding
 * the separator without quotes shifts every following column).</li>
 * </ul>
 * Lines are those of the file (1-based, counting blank lines; a row whose quoted value spans several lines has the
 * line where it starts). Stateless, thread-safe.
 */
public final class CsvLearnerParser {

    public static final String FORMAT = "CSV";

    /** How far the header line is looked at to find its separator. */
    private static final int HEADER_SCAN = 64 * 1024;
    private static final char BOM = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';

    /** The columns, with the header names they answer to (as {@link Values#key} gives them). */
    enum Column {
        NOM(RowChecker.NOM, true, "nom", "nomdefamille"),
        PRENOM(RowChecker.PRENOM, true, "prenom"),
        INE(RowChecker.INE, true, "ine"),
        DATE_NAISSANCE(RowChecker.DATE_NAISSANCE, true, "datenaissance", "datedenaissance"),
        CLASSE(RowChecker.CLASSE, true, "classe", "division"),
        STATUT(RowChecker.STATUT, false, "statut");

        final String field;
        final boolean required;
        final Set<String> names;

        Column(String field, boolean required, String... names) {
            this.field = field;
            this.required = required;
            this.names = Set.of(names);
        }

        static Column named(String header) {
            String key = Values.key(header);
            for (Column column : values()) {
                if (column.names.contains(key)) {
                    return column;
                }
            }
            return null;
        }
    }

    private static final Map<String, ImportedStatus> STATUSES = Map.of(
            "", ImportedStatus.PUPIL,
            "eleve", ImportedStatus.PUPIL,
            "scolaire", ImportedStatus.PUPIL,
            "apprenti", ImportedStatus.APPRENTICE,
            "apprentie", ImportedStatus.APPRENTICE);

    private final Clock clock;

    /** Today is taken from the system clock in the default time zone. */
    public CsvLearnerParser() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock gives "today", for the ages */
    public CsvLearnerParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads bytes as UTF-8 (see {@link #parse(Reader)}); the stream is not closed here. */
    public ParsedImport parse(InputStream csv) throws ImportFormatException {
        return parse(new InputStreamReader(Objects.requireNonNull(csv, "csv"), StandardCharsets.UTF_8));
    }

    /**
     * Reads the whole text (the reader is not closed here).
     *
     * @throws ImportFormatException empty, no header row, unknown / repeated / missing column, not UTF-8, a workbook,
     *                               unbalanced quotes, more than {@value RowChecker#MAX_ROWS} rows
     * @throws UncheckedIOException  the reader itself failed
     */
    public ParsedImport parse(Reader csv) throws ImportFormatException {
        Objects.requireNonNull(csv, "csv");
        try {
            BufferedReader in = new BufferedReader(csv);
            skipBom(in);
            char separator = separator(in);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(separator)
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true)
                    .build();
            // Not closed: closing it would close the caller's reader.
            CSVParser parser = format.parse(in);
            return read(parser, separator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedImport read(CSVParser parser, char separator) throws ImportFormatException {
        RowChecker checker = new RowChecker(RowChecker.Format.CSV, LocalDate.now(clock));
        Iterator<CSVRecord> records = parser.iterator();
        Map<Column, Integer> header = null;
        int headerSize = 0;
        while (true) {
            int line = (int) parser.getCurrentLineNumber() + 1;
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
                header = header(values, line);
                headerSize = values.size();
                continue;
            }
            checker.countRow(line);
            row(checker, header, headerSize, values, line, separator);
        }
        if (header == null) {
            throw new ImportFormatException(Messages.format("file.empty"), 0);
        }
        return checker.result(FORMAT);
    }

    private static void row(RowChecker checker, Map<Column, Integer> header, int headerSize, List<String> values, int line,
            char separator) {
        List<ImportRefusal> extra = new ArrayList<>();
        ImportedStatus status = ImportedStatus.PUPIL;
        if (header.containsKey(Column.STATUT)) {
            String given = value(values, header, Column.STATUT);
            status = STATUSES.get(Values.key(given));
            if (status == null) {
                extra.add(RowChecker.refusal(line, RowChecker.STATUT, "refusal.statut.invalid", Values.clean(given)));
            }
        }
        int extraValues = 0;
        for (int i = headerSize; i < values.size(); i++) {
            if (!Values.clean(values.get(i)).isEmpty()) {
                extraValues = i + 1;
            }
        }
        if (extraValues > 0) {
            extra.add(RowChecker.refusal(line, RowChecker.LIGNE, "refusal.ligne.extraValues", String.valueOf(extraValues),
                    String.valueOf(headerSize), String.valueOf(separator)));
        }
        checker.check(line, value(values, header, Column.INE), value(values, header, Column.NOM), value(values, header, Column.PRENOM),
                value(values, header, Column.DATE_NAISSANCE), value(values, header, Column.CLASSE), status, extra);
    }

    private static String value(List<String> values, Map<Column, Integer> header, Column column) {
        Integer index = header.get(column);
        return index == null || index >= values.size() ? "" : values.get(index);
    }

    /** Maps each column to its index, or refuses the file. */
    private static Map<Column, Integer> header(List<String> names, int line) throws ImportFormatException {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = Values.clean(names.get(i));
            if (name.isEmpty()) {
                continue;
            }
            Column column = Column.named(name);
            if (column == null) {
                unknown.add(name);
            } else if (columns.putIfAbsent(column, i) != null) {
                throw new ImportFormatException(Messages.format("csv.duplicateColumn", column.field), line);
            }
        }
        if (columns.isEmpty()) {
            throw new ImportFormatException(Messages.format("csv.noHeader"), line);
        }
        if (!unknown.isEmpty()) {
            throw new ImportFormatException(Messages.format("csv.unknownColumns", unknown.size(), quoted(unknown)), line);
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                missing.add(column.field);
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportFormatException(Messages.format("csv.missingColumns", missing.size(), quoted(missing)), line);
        }
        return columns;
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "« " + n + " »").collect(Collectors.joining(", "));
    }

    private static void skipBom(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != BOM) {
            in.reset();
        }
    }

    /**
     * Looks at the first line holding something else than spaces, separators and quotes (then resets the reader):
     * {@code ;} unless it has more {@code ,} (outside quotes). Refuses an empty file and a workbook.
     */
    private static char separator(BufferedReader in) throws IOException, ImportFormatException {
        in.mark(HEADER_SCAN);
        StringBuilder start = new StringBuilder();
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        boolean content = false;
        int read = 0;
        int c;
        while (read < HEADER_SCAN - 1 && (c = in.read()) >= 0) {
            read++;
            if (start.length() < 4) {
                start.append((char) c);
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (content) {
                    break;
                }
                semicolons = 0;
                commas = 0;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!Values.clean(String.valueOf((char) c)).isEmpty()) {
                content = true;
            }
        }
        in.reset();
        if (read == 0) {
            throw new ImportFormatException(Messages.format("file.empty"), 0);
        }
        if (start.toString().equals("PK\u0003\u0004")) {
            throw new ImportFormatException(Messages.format("csv.workbook"), 0);
        }
        return commas > semicolons ? ',' : ';';
    }
}
