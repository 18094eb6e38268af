package org.passerelle.core.internal.common;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * The login proposed for a person from their names: {@code firstname.familyname}, in lower-case ASCII letters, digits,
 * dots and hyphens, readable whatever the script of the names (issue 10, field case csv-names-for-logins.csv).
 * <p>
 * Names are transliterated by ICU4J ({@code Any-Latin; Latin-ASCII; Any-Lower}): {@code Lætitia LEBŒUF} →
 * {@code laetitia.leboeuf}, {@code Łukasz} → {@code lukasz}, {@code Işıl KILIÇ} → {@code isil.kilic},
 * {@code Søren} → {@code soren}, {@code Дмитрий} → {@code dmitrij}, {@code 小明 王} → {@code xiao-ming.wang}.
 * Apostrophes disappear ({@code N'DIAYE} → {@code ndiaye}); any other run of characters that is not a letter or a
 * digit becomes one hyphen. A part that gives nothing (a name without any letter ICU can write in Latin) is left out;
 * when both do, the login is {@value #NO_LETTERS}, numbered by the caller like any other. At most {@value #MAX_LENGTH}
 * characters, so that a number can follow within the 80 of a login.
 */
public final class Logins {

    static final int MAX_LENGTH = 70;
    /** Only for names of which no letter can be written in Latin (symbols, emoji): never a bare number. */
    static final String NO_LETTERS = "compte";

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC\u2018`\u00B4]");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");

    /** ICU documents Transliterator instances as not safe for concurrent use: one per thread. */
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Any-Lower"));

    private Logins() {
    }

    /** {@code firstname.familyname} as described above; null names count as empty. */
    public static String forName(String firstName, String familyName) {
        String first = part(firstName);
        String family = part(familyName);
        String login = first.isEmpty() ? family : family.isEmpty() ? first : first + "." + family;
        if (login.isEmpty()) {
            return NO_LETTERS;
        }
        if (login.length() > MAX_LENGTH) {
            login = EDGES.matcher(login.substring(0, MAX_LENGTH)).replaceAll("");
            login = login.endsWith(".") ? login.substring(0, login.length() - 1) : login;
        }
        return login;
    }

    /** One name in lower-case ASCII, words joined by hyphens. */
    static String part(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String ascii = TO_ASCII.get().transliterate(APOSTROPHES.matcher(name.strip()).replaceAll(""));
        return EDGES.matcher(OTHERS.matcher(APOSTROPHES.matcher(ascii).replaceAll("")).replaceAll("-")).replaceAll("");
    }
}
