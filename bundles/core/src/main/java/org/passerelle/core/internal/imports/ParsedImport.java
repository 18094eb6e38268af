package org.passerelle.core.internal.imports;

import java.util.List;
import java.util.Objects;

/**
 * What an import file holds: the learners that passed every check and the refusals, both in file order.
 * A row with at least one refusal is never among the learners.
 *
 * @param format         {@value SiecleLearnerParser#FORMAT} or {@value CsvLearnerParser#FORMAT}
 * @param learners       the rows to import (unmodifiable)
 * @param refusals       every problem found, row by row (unmodifiable)
 * @param ignoredColumns CSV header names that are not a column of the import, in file order (their values are not
 *                       read); empty for SIECLE
 * @param encoding       the encoding the file was read in (e.g. {@code windows-1252}, {@code UTF-8})
 * @param establishmentCode the UAI the file says it is of (SIECLE's {@code PARAMETRES/UAJ}), empty when it says none
 *                          (CSV files never do)
 */
public record ParsedImport(String format, List<ImportedLearner> learners, List<ImportRefusal> refusals, List<String> ignoredColumns,
        String encoding, String establishmentCode) {

    public ParsedImport {
        Objects.requireNonNull(format, "format");
        learners = List.copyOf(learners);
        refusals = List.copyOf(refusals);
        ignoredColumns = List.copyOf(ignoredColumns);
        establishmentCode = establishmentCode == null ? "" : establishmentCode;
    }

    public ParsedImport(String format, List<ImportedLearner> learners, List<ImportRefusal> refusals) {
        this(format, learners, refusals, List.of(), null, "");
    }

    public ParsedImport(String format, List<ImportedLearner> learners, List<ImportRefusal> refusals, List<String> ignoredColumns,
            String encoding) {
        this(format, learners, refusals, ignoredColumns, encoding, "");
    }

    /** The same, with the UAI the file says it is of. */
    public ParsedImport withEstablishmentCode(String code) {
        return new ParsedImport(format, learners, refusals, ignoredColumns, encoding, code);
    }
}
