package org.passerelle.documents.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads an ODT or DOCX back as a user's word processor would show its text: unzips it, parses every XML part (each
 * must be well-formed) and joins the paragraphs and headings of content.xml or word/document.xml, one per line.
 */
final class OfficeText {

    private OfficeText() {
    }

    static Map<String, byte[]> unzip(byte[] file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** The ODT's paragraphs and headings (text:p, text:h), one per line; its mimetype comes first, stored. */
    static String odt(byte[] file) throws Exception {
        Map<String, byte[]> entries = unzip(file);
        assertEquals("mimetype", entries.keySet().iterator().next());
        assertEquals("application/vnd.oasis.opendocument.text", new String(entries.get("mimetype"), "US-ASCII"));
        wellFormed(entries);
        Document content = xml(entries.get("content.xml"));
        String ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        StringBuilder text = new StringBuilder();
        NodeList all = content.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (ns.equals(e.getNamespaceURI()) && ("p".equals(e.getLocalName()) || "h".equals(e.getLocalName()))) {
                text(e, text, ns, "line-break", "tab", "s");
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The text of an element, its line breaks and tabs as spaces. */
    private static void text(Node node, StringBuilder out, String ns, String... spaces) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                out.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                if (ns.equals(c.getNamespaceURI()) && java.util.Arrays.asList(spaces).contains(c.getLocalName())) {
                    out.append(' ');
                }
                text(c, out, ns, spaces);
            }
        }
    }

    /** The DOCX's paragraphs (w:p), one per line. */
    static String docx(byte[] file) throws Exception {
        Map<String, byte[]> entries = unzip(file);
        assertNotNull("[Content_Types].xml", entries.get("[Content_Types].xml"));
        wellFormed(entries);
        Document document = xml(entries.get("word/document.xml"));
        String ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        NodeList paragraphs = document.getElementsByTagNameNS(ns, "p");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs.getLength(); i++) {
            text(paragraphs.item(i), text, ns, "br", "tab");
            text.append('\n');
        }
        return text.toString();
    }

    private static void wellFormed(Map<String, byte[]> entries) throws Exception {
        for (var e : entries.entrySet()) {
            if (e.getKey().endsWith(".xml") || e.getKey().endsWith(".rels")) {
                try {
                    xml(e.getValue());
                } catch (Exception ex) {
                    throw new AssertionError(e.getKey() + " is not well-formed XML: " + ex.getMessage(), ex);
                }
            }
        }
        assertTrue(!entries.isEmpty());
    }
}
