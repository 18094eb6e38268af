package org.passerelle.documents.internal;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin XSL-FO writer over StAX: escaping is StAX's, layout vocabulary is ours. */
final class FoWriter {

    static final String FO = "http://www.w3.org/1999/XSL/Format";

    private final StringWriter out = new StringWriter(64 * 1024);
    private final XMLStreamWriter xml;
    private int ids;

    FoWriter() {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An id unique in this document (a page sequence that a page-number citation refers to). */
    String nextId(String prefix) {
        return prefix + (++ids);
    }

    /** Opens an element; attributes are name/value pairs. */
    FoWriter open(String name, String... attributes) {
        try {
            xml.writeStartElement("fo", name, FO);
            if ("root".equals(name)) {
                xml.writeNamespace("fo", FO);
            }
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    FoWriter empty(String name, String... attributes) {
        open(name, attributes);
        return close();
    }

    FoWriter text(String text) {
        try {
            xml.writeCharacters(text == null ? "" : breakable(sanitize(text)));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    FoWriter close() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** A block holding only text. */
    FoWriter block(String text, String... attributes) {
        return open("block", attributes).text(text).close();
    }

    /** An inline holding only text. */
    FoWriter inline(String text, String... attributes) {
        return open("inline", attributes).text(text).close();
    }

    String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** A run of this many characters without a break opportunity gets one (FOP would let it run off the page). */
    static final int LONGEST_UNBROKEN = 18;
    private static final int ZERO_WIDTH_SPACE = 0x200B;

    /**
     * Offers FOP a line break (an invisible zero-width space) inside long runs without one: after a slash, hyphen,
     * dot, underscore, at sign or similar inside a long word (a URL, an e-mail, a reference), and at the latest every
     * {@value #LONGEST_UNBROKEN} characters. FOP has no hyphenation patterns here and never breaks inside a word, so
     * « Anticonstitutionnellement-Électrotechnique » in a narrow cell was cut at the page edge. Never inside a surrogate
     * pair, before a combining mark, or around a zero-width joiner (an emoji sequence stays whole).
     */
    static String breakable(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String word = text.substring(i, end);
            out.append(word.codePointCount(0, word.length()) > LONGEST_UNBROKEN ? breakWord(word) : word);
            if (end < text.length()) {
                out.appendCodePoint(text.codePointAt(end));
                end += Character.charCount(text.codePointAt(end));
            }
            i = end;
        }
        return out.toString();
    }

    private static String breakWord(String word) {
        StringBuilder out = new StringBuilder(word.length() + 8);
        int run = 0;
        int previous = -1;
        for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
            int c = word.codePointAt(i);
            boolean due = run >= LONGEST_UNBROKEN || (run >= 3 && isSeparator(previous));
            if (c == ZERO_WIDTH_SPACE || isCjk(c)) {
                run = 0;
            } else if (due && !joins(previous, c)) {
                out.appendCodePoint(ZERO_WIDTH_SPACE);
                run = 1;
            } else {
                run++;
            }
            out.appendCodePoint(c);
            previous = c;
        }
        return out.toString();
    }

    private static boolean isSeparator(int c) {
        return c == '/' || c == '-' || c == '.' || c == '_' || c == '@' || c == '\\' || c == ',' || c == ';' || c == ':' || c == '=' || c == '&'
                || c == '?' || c == ')' || c == ']' || c == '+' || c == '|';
    }

    /** Ideographs and kana break between any two characters already (UAX #14). */
    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** True where a break would split one visible character: a mark, a joiner, a variation selector, a skin tone. */
    private static boolean joins(int previous, int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || c == 0x200D || previous == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF)
                || (c >= 0xE0100 && c <= 0xE01EF);
    }

    /** Drops characters XML 1.0 cannot carry, so a stray control character in a descriptor cannot break a print. */
    private static String sanitize(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
