package org.passerelle.core.internal.imports;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Set;

/**
 * The text of an uploaded CSV file, whatever encoding the school's tools wrote it in (issue 10, field case
 * csv-excel-windows-1252.csv). In this order:
 * <ol>
 * <li>a byte order mark says UTF-8, UTF-16LE or UTF-16BE (and is dropped);</li>
 * <li>else the encoding the request declares ({@code Content-Type: text/csv; charset=...}) is used, strictly;</li>
 * <li>else bytes that are valid UTF-8 are UTF-8;</li>
 * <li>else ICU4J's {@link CharsetDetector} chooses among UTF-16LE, UTF-16BE and the Latin single-byte encodings of
 * French tools: {@code windows-1252} (Excel's "CSV (séparateur : point-virgule)"), or {@code ISO-8859-15} where ICU
 * says ISO-8859-1 and one of the eight bytes where the two differ is there (read as € Œ œ Š š Ž ž Ÿ, which French names
 * use, rather than ¤ ¼ ½ ¾ ¦ ¨ ´ ¸, which no name holds). Anything else is read as windows-1252.</li>
 * </ol>
 * Bytes that the chosen encoding cannot read refuse the file with a French message naming that encoding, and so do
 * UTF-8 bytes under a declared single-byte encoding ({@link Utf8Evidence}): a file is never imported garbled.
 */
final class ImportText {

    private static final Set<String> DETECTABLE = Set.of("UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset LATIN_9 = Charset.forName("ISO-8859-15");

    private ImportText() {
    }

    /** The text and the encoding it was read in. */
    record Decoded(String text, Charset charset) {
    }

    /**
     * @param declared the charset the request names, or null
     * @throws ImportFormatException unknown declared charset, or bytes not valid in the chosen one
     */
    static Decoded decode(byte[] bytes, String declared) throws ImportFormatException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (declared != null && !declared.isBlank()) {
            Charset charset = named(declared.strip());
            if (!charset.name().startsWith("UTF") && looksLikeUtf8(bytes)) {
                throw new ImportFormatException(Messages.format("text.utf8UnderDeclared", charset.displayName()), 0);
            }
            return strict(bytes, 0, charset);
        }
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8);
        } catch (ImportFormatException notUtf8) {
            return strict(bytes, 0, detected(bytes));
        }
    }

    private static Charset detected(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (DETECTABLE.contains(match.getName())) {
                return match.getName().equals("ISO-8859-1") ? latin(bytes) : Charset.forName(match.getName());
            }
        }
        return WINDOWS_1252;
    }

    /**
     * Bytes without 0x80–0x9F: ISO-8859-15 if one of the eight bytes where it differs from Windows-1252 is there (read as
     * € Š š Ž ž Œ œ Ÿ), else Windows-1252, Excel's, which reads such a file the same.
     */
    private static Charset latin(byte[] bytes) {
        for (byte b : bytes) {
            switch (b & 0xFF) {
                case 0xA4, 0xA6, 0xA8, 0xB4, 0xB8, 0xBC, 0xBD, 0xBE -> {
                    return LATIN_9;
                }
                default -> {
                    // the same character in both
                }
            }
        }
        return WINDOWS_1252;
    }

    private static Charset named(String name) throws ImportFormatException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ImportFormatException(Messages.format("text.unknownCharset", name), 0, e);
        }
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset) throws ImportFormatException {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, charset);
        } catch (CharacterCodingException e) {
            throw new ImportFormatException(Messages.format("text.notInCharset", charset.displayName()), 0, e);
        }
    }

    /** What {@link Utf8Evidence} concludes from the whole file. */
    private static boolean looksLikeUtf8(byte[] bytes) {
        try (Utf8Evidence evidence = new Utf8Evidence(new java.io.ByteArrayInputStream(bytes))) {
            evidence.readAllBytes();
            return evidence.looksLikeUtf8();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
