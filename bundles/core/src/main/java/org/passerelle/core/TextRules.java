package org.passerelle.core;

/**
 * What typed text may hold, the same for the JSON bodies of the API and for the values of a follow-up page (whose
 * JSON is read as a tree): no lone surrogate, NUL or control character, no line break or tab in a one-line field, no
 * invisible character that changes how text reads (bidi embeddings, overrides and isolates, the "Trojan Source" kind;
 * zero-width space, word joiner, byte-order mark, line and paragraph separators, non-characters). Zero-width joiners
 * and non-joiners stay: names in Persian and emoji sequences need them.
 */
public final class TextRules {

    private TextRules() {
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
