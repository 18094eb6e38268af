package org.passerelle.core.internal.imports;

import java.util.List;
import java.util.Objects;

/**
 * What an import file holds: the learners that passed every check and the refusals, both in file order.
 * A row with at least one refusal is never among the learners.
 *
 * @param format    {@value SiecleLearnerParser#FORMAT} or {@value CsvLearnerParser#FORMAT}
 * @param learners  the rows to import (unmodifiable)
 * @param refusals  every problem found, row by row (unmodifiable)
 */
public record ParsedImport(String format, List<ImportedLearner> learners, List<ImportRefusal> refusals) {

    public ParsedImport {
        Objects.requireNonNull(format, "format");
        learners = List.copyOf(learners);
        refusals = List.copyOf(refusals);
    }
}
