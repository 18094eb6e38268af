package org.passerelle.core.internal.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.passerelle.core.DomainException;

/**
 * The type of an uploaded file, judged by its bytes alone (never its name nor the type its client declared), by
 * Apache Tika's magic detection ({@code tika-mimetypes.xml}), then refined where magic stops at the container:
 * <ul>
 * <li>an Office Open XML package (Tika: {@code application/x-tika-ooxml}, or a plain zip whose
 * {@code [Content_Types].xml} is not its first entry) is a DOCX, XLSX or PPTX by the main part its
 * {@code [Content_Types].xml} declares; a macro-enabled or template package, or any other zip, is refused;</li>
 * <li>an OLE2 compound file (Tika: {@code application/x-tika-msoffice}, when the directory lies past the bytes its
 * magic looks at) is a DOC, XLS or PPT by the stream its directory names ({@code WordDocument}, {@code Workbook} or
 * {@code Book}, {@code PowerPoint Document}); anything else (an MSI installer, say) is refused;</li>
 * <li>plain text is accepted only as UTF-8 (a BOM allowed) without a NUL byte, checked over the whole file.</li>
 * </ul>
 * Everything else, executables, archives, HTML, SVG and other XML (which carry scripts), is refused.
 */
final class FileTypes {

    static final String PDF = "application/pdf";
    static final String TEXT = "text/plain";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String DOC = "application/msword";
    static final String XLS = "application/vnd.ms-excel";
    static final String PPT = "application/vnd.ms-powerpoint";

    /** What is kept, as Tika names it. */
    static final Set<String> ACCEPTED = Set.of(PDF, TEXT, "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif",
            DOCX, XLSX, PPTX, DOC, XLS, PPT,
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    private static final String OOXML = "application/x-tika-ooxml";
    private static final String OLE2 = "application/x-tika-msoffice";
    private static final String ZIP = "application/zip";
    /** The main part's content type in {@code [Content_Types].xml}, for each accepted package. */
    private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", DOCX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", XLSX,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", PPTX);
    /** {@code [Content_Types].xml} is a few KB; a larger one is not read further. */
    private static final int CONTENT_TYPES_MAX = 1024 * 1024;
    /** The stream names of the OLE2 directory that make a document, in the order they are looked for. */
    private static final Map<String, String> OLE2_STREAMS = Map.of("WordDocument", DOC, "Workbook", XLS, "Book", XLS, "PowerPoint Document", PPT);

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes(MimeTypes.class.getClassLoader());

    private FileTypes() {
    }

    /**
     * The accepted media type of these bytes.
     *
     * @throws DomainException {@code 415 file-type-refused} (field {@code file}, arg: the type detected) for anything
     *                         not {@link #ACCEPTED}
     */
    static String judge(byte[] bytes) {
        String detected = detect(bytes);
        String type = switch (detected) {
            case OOXML, ZIP -> ooxml(bytes);
            case OLE2 -> ole2(bytes);
            case TEXT -> utf8Text(bytes) ? TEXT : null;
            default -> detected;
        };
        if (type == null && TEXT.equals(detected) && !hasNul(bytes)) {
            // Plain text in another encoding (Windows-1252, Latin-1): the encoding is the fault, and is said so.
            throw DomainException.unsupportedType("text-not-utf8", "file");
        }
        if (type == null || !ACCEPTED.contains(type)) {
            throw DomainException.unsupportedType("file-type-refused", "file", detected);
        }
        return type;
    }

    /** Tika's type by magic, with no name hint. */
    static String detect(byte[] bytes) {
        try {
            MediaType type = TYPES.detect(new ByteArrayInputStream(bytes), new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    /** DOCX, XLSX or PPTX by the package's declared main part; null for any other zip. */
    private static String ooxml(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("[Content_Types].xml".equals(entry.getName())) {
                    String declared = new String(zip.readNBytes(CONTENT_TYPES_MAX), StandardCharsets.UTF_8);
                    String found = null;
                    for (Map.Entry<String, String> main : OOXML_MAIN_PARTS.entrySet()) {
                        if (declared.contains("\"" + main.getKey() + "\"")) {
                            // Two main parts at once is no document an office suite writes.
                            if (found != null) {
                                return null;
                            }
                            found = main.getValue();
                        }
                    }
                    return found;
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * DOC, XLS or PPT by a stream entry of the compound file's directory: entries are 128 bytes, aligned on 128 from
     * the start of the file (512-byte header, 512- or 4096-byte sectors), a UTF-16LE name, its length in bytes at 64,
     * the entry type at 66 (2: stream).
     */
    static String ole2(byte[] bytes) {
        for (String name : new String[] {"WordDocument", "Workbook", "Book", "PowerPoint Document"}) {
            byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
            for (int at = 512; at + 128 <= bytes.length; at += 128) {
                if (directoryEntry(bytes, at, utf16)) {
                    return OLE2_STREAMS.get(name);
                }
            }
        }
        return null;
    }

    private static boolean directoryEntry(byte[] bytes, int at, byte[] utf16) {
        for (int i = 0; i < utf16.length; i++) {
            if (bytes[at + i] != utf16[i]) {
                return false;
            }
        }
        int nameLength = (bytes[at + 64] & 0xFF) | (bytes[at + 65] & 0xFF) << 8;
        return bytes[at + utf16.length] == 0 && bytes[at + utf16.length + 1] == 0 && nameLength == utf16.length + 2 && bytes[at + 66] == 2;
    }

    /** Every byte valid UTF-8, and no NUL (a binary file Tika took for text on its first bytes is not). */
    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean utf8Text(byte[] bytes) {
        if (hasNul(bytes)) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
