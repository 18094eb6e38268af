package org.passerelle.core.internal.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The header line of a learners' CSV: which column holds what. Header names are compared by {@link Values#key}
 * (case, accents, spaces and punctuation ignored), with the names school exports and spreadsheets use (issue 10, field
 * cases csv-header-variants.csv and csv-extra-columns.csv): « Nom de famille », « Prénom 1 », « Date naiss. »,
 * « Né(e) le », « N° INE », « Division »... Other columns (« Sexe », « Régime », « Options ») are ignored and listed
 * in the report. Refused: a header without any column of ours, a column given twice, a required column missing.
 */
final class CsvHeader {

    /** The columns, with the header names they answer to (as {@link Values#key} gives them). */
    enum Column {
        NOM(RowChecker.NOM, true, "nom", "nomdefamille", "nomfamille", "nomeleve", "nomdeleleve", "nomdenaissance", "nomapprenant",
                "nomdelapprenant", "nomapprenti"),
        PRENOM(RowChecker.PRENOM, true, "prenom", "prenom1", "premierprenom", "prenomusuel", "prenomeleve", "prenomdeleleve",
                "prenomapprenant", "prenomdelapprenant", "prenomapprenti"),
        INE(RowChecker.INE, true, "ine", "nine", "noine", "numeroine", "numine", "ineeleve", "idnational", "identifiantnational",
                "identifiantnationaleleve", "ineapprenant"),
        DATE_NAISSANCE(RowChecker.DATE_NAISSANCE, true, "datenaissance", "datedenaissance", "datenaiss", "datedenaiss", "datenais",
                "datedenais", "naissance", "nele", "neele", "nee", "ddn"),
        CLASSE(RowChecker.CLASSE, true, "classe", "division", "div", "structure", "classeactuelle"),
        STATUT(RowChecker.STATUT, false, "statut", "statuteleve", "statutapprenant", "statutdelapprenant"),
        DATE_SORTIE(RowChecker.DATE_SORTIE, false, "datesortie", "datedesortie", "sortiele", "datedesortiedeletablissement");

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

    /** What a data cell looks like: an INE, or a date in any shape a spreadsheet writes. */
    private static final Pattern DATA = Pattern.compile("[0-9]{9,10}[A-Za-z]{1,2}|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}.*");

    private final Map<Column, Integer> columns;
    private final int size;
    private final List<String> ignored;

    private CsvHeader(Map<Column, Integer> columns, int size, List<String> ignored) {
        this.columns = columns;
        this.size = size;
        this.ignored = ignored;
    }

    /** Reads the header line, or refuses the file with a message that says what is wrong with it. */
    static CsvHeader read(List<String> names, int line) throws ImportFormatException {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = Values.clean(names.get(i));
            if (name.isEmpty()) {
                continue;
            }
            Column column = Column.named(name);
            if (column == null) {
                ignored.add(name);
            } else if (columns.putIfAbsent(column, i) != null) {
                throw new ImportFormatException(Messages.format("csv.duplicateColumn", quoted(List.of(Values.clean(names.get(columns.get(column))))),
                        quoted(List.of(name)), column.field), line);
            }
        }
        if (columns.isEmpty()) {
            boolean looksLikeData = names.stream().map(Values::clean).anyMatch(v -> DATA.matcher(v).matches());
            throw new ImportFormatException(looksLikeData ? Messages.format("csv.dataInsteadOfHeader", quoted(ignored))
                    : Messages.format("csv.noKnownColumn", quoted(ignored)), line);
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                missing.add(column.field);
            }
        }
        if (!missing.isEmpty()) {
            String key = ignored.isEmpty() ? "csv.missingColumns" : "csv.missingColumnsWithIgnored";
            throw new ImportFormatException(Messages.format(key, missing.size(), quoted(missing), quoted(ignored)), line);
        }
        return new CsvHeader(columns, names.size(), Collections.unmodifiableList(ignored));
    }

    boolean has(Column column) {
        return columns.containsKey(column);
    }

    /** The row's value of the column, "" when the column is absent or the row shorter. */
    String value(List<String> values, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= values.size() ? "" : values.get(index);
    }

    /** How many cells the header line has (empty ones included). */
    int size() {
        return size;
    }

    /** The header names that are not ours, in file order. */
    List<String> ignored() {
        return ignored;
    }

    /** « a », « b »…: at most 10 names of at most 60 characters each (a header may be anything). */
    static String quoted(List<String> names) {
        String shown = names.stream().limit(10).map(n -> "« " + (n.length() <= 60 ? n : n.substring(0, 60) + "…") + " »")
                .collect(Collectors.joining(", "));
        return names.size() > 10 ? shown + "…" : shown;
    }
}
