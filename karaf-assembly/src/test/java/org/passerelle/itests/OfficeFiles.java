package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The editable documents as a user gets them: an attachment with its media type, its RFC 6266 name, nosniff and
 * no-store; unzipped, and the text of its paragraphs read from word/document.xml (DOCX) or content.xml (ODT).
 */
final class OfficeFiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private OfficeFiles() {
    }

    /** Checks the answer's headers and returns the file's text, paragraphs joined by spaces. */
    static String text(HttpResponse<byte[]> response, String mediaType, String fileName) throws Exception {
        assertEquals(new String(response.body(), StandardCharsets.UTF_8), 200, response.statusCode());
        assertEquals(mediaType, response.headers().firstValue("Content-Type").orElse(""));
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition, disposition.startsWith("attachment; filename=\"") && disposition.contains("filename*=UTF-8''" + fileName));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("private, no-store", response.headers().firstValue("Cache-Control").orElse(""));
        return text(response.body(), mediaType);
    }

    /** The text of an ODT's or DOCX's paragraphs, joined by spaces. */
    static String text(byte[] file, String mediaType) throws Exception {
        Map<String, byte[]> entries = unzip(file);
        String part = mediaType.equals(DOCX) ? "word/document.xml" : "content.xml";
        assertNotNull("no " + part + " in " + entries.keySet(), entries.get(part));
        String xml = new String(entries.get(part), StandardCharsets.UTF_8);
        return xml.replaceAll("<(w:br|w:tab|text:line-break|text:tab|text:s)\\b[^>]*>", " ").replaceAll("</(w:p|text:p|text:h)>", " ")
                .replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    static Map<String, byte[]> unzip(byte[] file) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
