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

    FoWriter() {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
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
            xml.writeCharacters(text == null ? "" : sanitize(text));
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

    /** Drops characters XML 1.0 cannot carry, so a stray control character in a descriptor cannot break a print. */
    private static String sanitize(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
