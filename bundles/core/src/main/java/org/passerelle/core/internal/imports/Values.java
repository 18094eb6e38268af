package org.passerelle.core.internal.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the parsers. */
final class Values {

    /** Spaces around a value, including the no-break spaces a spreadsheet leaves behind, and a stray BOM. */
    private static final Pattern AROUND = Pattern.compile("^[\\s\\u00A0\\u2007\\u202F\\uFEFF]+|[\\s\\u00A0\\u2007\\u202F\\uFEFF]+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Values() {
    }

    /**
     * The value without surrounding spaces, in Unicode's composed form (NFC): accents written decomposed, as some
     * Mac tools do, are the same letters as the composed ones, and never a change (issue 10's field case
     * csv-decomposed-accents.csv); null becomes the empty string.
     */
    static String clean(String value) {
        return value == null ? "" : Normalizer.normalize(AROUND.matcher(value).replaceAll(""), Normalizer.Form.NFC);
    }

    /**
     * Lower case, letters and digits only, without accents: {@code " Date_de Naiss. "} → {@code datedenaiss},
     * {@code "Né(e) le"} → {@code neele}, {@code "Apprenti(e)"} → {@code apprentie}.
     */
    static String key(String value) {
        String decomposed = Normalizer.normalize(clean(value), Normalizer.Form.NFD);
        return NOT_ALPHANUMERIC.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
