package org.passerelle.core.internal.imports;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The French national learner identifier (INE, identifiant national élève): 11 characters, 10 digits or letters
 * then one letter, once trimmed and upper-cased. This covers both the RNIE form (9 digits and 2 letters, e.g.
 * {@code 070803070AJ}) and the BEA form (10 digits or letters and a letter).
 * <p>
 * Only the shape is checked: the check letters (RNIE and BEA key algorithms) are NOT verified, so a mistyped INE
 * of the right shape is accepted.
 */
public final class Ine {

    /** Lower-case ASCII letters are accepted here and upper-cased by {@link #normalize}; nothing else. */
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z]{10}[A-Za-z]");

    private Ine() {
    }

    /** Whether {@code ine}, once trimmed and upper-cased, matches {@code ^[0-9A-Z]{10}[A-Z]$}. */
    public static boolean isValid(String ine) {
        return ine != null && SHAPE.matcher(Values.clean(ine)).matches();
    }

    /** The INE trimmed and upper-cased (whether valid or not); null stays null. */
    public static String normalize(String ine) {
        return ine == null ? null : Values.clean(ine).toUpperCase(Locale.ROOT);
    }
}
