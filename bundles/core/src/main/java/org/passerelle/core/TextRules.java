package org.passerelle.core;

/**
 * What typed text may hold, the same for the JSON bodies of the API and for the values of a follow-up page (whose
 * JSON is read as a tree): no lone surrogate, NUL or control character, no line break or tab in a one-line field, no
 * invisible character that changes how text reads (bidi embeddings, overrides and isolates, the "Trojan Source" kind;
 * zero-width space, word joiner, byte-order mark, line and paragraph separators, non-characters). Zero-width joiners
 * and non-joiners stay: names in Persian and emoji sequences need them.
 *
 * <p>A refusal is worded by the kind of field: a one-line field ({@link #ONE_LINE_REFUSAL}) says that line breaks, tabs
 * and control or invisible characters are not accepted there; a multi-line field (findings, advice, comments, where
 * line breaks are fine) says {@link #MULTI_LINE_REFUSAL} with the character it holds, « U+200B », found by
 * {@link #faultyCharacter}: a zero-width space pasted from a word processor is not read as a line break.
 */
public final class TextRules {

    /** The problem kind of a one-line field's refusal: « retour à la ligne, tabulation, caractère de contrôle ou invisible ». */
    public static final String ONE_LINE_REFUSAL = "invalid-characters";

    /** The problem kind of a multi-line field's refusal, its arguments the field and {@link #faultyCharacter} (« U+200B »). */
    public static final String MULTI_LINE_REFUSAL = "invisible-character";

    private TextRules() {
    }

    /** The problem kind this text is refused with in such a field, or null when it is clean. */
    public static String refusal(String text, boolean multiLine) {
        return fault(text, multiLine) == null ? null : multiLine ? MULTI_LINE_REFUSAL : ONE_LINE_REFUSAL;
    }

    /** The first character {@link #fault} refuses, as « U+200B » (a lone surrogate's own code unit), or null when clean. */
    public static String faultyCharacter(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int end = text.offsetByCodePoints(i, 1);
            if (fault(text.substring(i, end), multiLine) != null) {
                return String.format("U+%04X", text.codePointAt(i));
            }
        }
        return null;
    }

    /** What is wrong with this text ("surrogate", "NUL", "line break", "control", "invisible"), or null when it is clean. */
    public static String fault(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "surrogate";
            } else if (c == 0) {
                return "NUL";
            } else if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiLine) {
                    return "line break";
                }
            } else if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                return "control";
            } else if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200b || c == 0x2060 || c == 0xfeff
                    || c == 0x2028 || c == 0x2029 || c == 0xfffe || c == 0xffff) {
                return "invisible";
            }
        }
        return null;
    }
}
