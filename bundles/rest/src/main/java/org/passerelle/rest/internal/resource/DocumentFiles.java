package org.passerelle.rest.internal.resource;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Locale;
import javax.ws.rs.core.Response;

/**
 * The answers of documents (PDF shown inline; ODT and DOCX as attachments), named as the guides name them (issue 10, item 6: « Annexe PFMP 2 Lucas BONNET.pdf »):
 * the French name in {@code filename*} (RFC 6266 / RFC 5987, UTF-8, percent-encoded) and an ASCII fallback in
 * {@code filename} for older clients (accents dropped, quotes and characters no file system takes replaced).
 */
final class DocumentFiles {

    /** Longest name, extension included: every common file system takes it. */
    static final int MAX_NAME = 150;

    private DocumentFiles() {
    }

    /** « Annexe PFMP 2 Lucas BONNET.pdf », « Attestation PFMP 2 Lucas BONNET.pdf », « Annexes PFMP 2.pdf ». */
    static String name(String key, Object... parts) {
        return baseName(key, parts) + ".pdf";
    }

    /** The same name with another extension (« Annexe PFMP 2 Lucas BONNET.docx »). */
    static String nameWith(String extension, String key, Object... parts) {
        return baseName(key, parts) + "." + extension;
    }

    private static String baseName(String key, Object... parts) {
        String name = MessageFormat.format(FrenchText.text("file." + key), parts);
        String clean = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").replaceAll("\\s+", " ").strip();
        if (clean.length() > MAX_NAME) {
            clean = clean.substring(0, Character.isHighSurrogate(clean.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME).strip();
        }
        return clean;
    }

    static Response pdf(byte[] bytes, String fileName) {
        return Response.ok(bytes, "application/pdf").header("Content-Disposition", contentDisposition(fileName))
                .header("Cache-Control", "private, no-cache").build();
    }

    /**
     * A file to save rather than show (the editable documents and exports): {@code Content-Disposition: attachment}
     * with the same RFC 6266 names, its media type, never sniffed by the browser nor kept in a shared cache.
     */
    static Response attachment(byte[] bytes, String mediaType, String fileName) {
        return Response.ok(bytes, mediaType).header("Content-Disposition", "attachment" + parameters(fileName))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }

    /** inline; filename="Annexe PFMP 2 Lea PETIT.pdf"; filename*=UTF-8''Annexe%20PFMP%202%20L%C3%A9a%20PETIT.pdf */
    static String contentDisposition(String fileName) {
        return "inline" + parameters(fileName);
    }

    private static String parameters(String fileName) {
        return "; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** attachment; filename="..."; filename*=UTF-8''...: saved, never shown in the page (a file a learner uploaded). */
    static String attachment(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    static String ascii(String name) {
        String decomposed = Normalizer.normalize(name.replace("«", "").replace("»", "").replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE").replace("æ", "ae").replace("ß", "ss"),
                Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        decomposed.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.append((char) c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append('_');
            }
        });
        return out.toString().replaceAll("_{2,}", "_").replaceAll(" {2,}", " ").strip();
    }

    /** RFC 5987 attr-char kept as is, every other byte of the UTF-8 form as %XX. */
    static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
