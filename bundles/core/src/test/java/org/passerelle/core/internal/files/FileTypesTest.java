package org.passerelle.core.internal.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;
import org.passerelle.core.DomainException;

/**
 * The type of a file by its bytes: real files of every accepted kind (made by the libraries of their formats and LibreOffice,
 * src/test/resources/files/make-samples.py), and what is refused, whatever it would be named.
 */
public class FileTypesTest {

    private static void accepted(String expected, byte[] bytes) {
        assertEquals(expected, FileTypes.judge(bytes));
    }

    private static DomainException refused(byte[] bytes) {
        return refused(bytes, "file-type-refused");
    }

    private static DomainException refused(byte[] bytes, String kind) {
        DomainException e = assertThrows(DomainException.class, () -> FileTypes.judge(bytes));
        assertEquals(DomainException.Category.UNSUPPORTED_TYPE, e.category());
        assertEquals(kind, e.kind());
        assertEquals("file", e.field());
        return e;
    }

    @Test
    public void pdfAndImages() {
        accepted("application/pdf", Samples.real("attestation.pdf"));
        accepted("image/png", Samples.real("photo.png"));
        accepted("image/jpeg", Samples.real("photo.jpg"));
        accepted("image/gif", Samples.real("photo.gif"));
        accepted("image/webp", Samples.real("photo.webp"));
        accepted("image/heic", Samples.real("photo.heic"));
    }

    @Test
    public void officeDocuments() {
        accepted(FileTypes.DOCX, Samples.real("rapport.docx"));
        accepted(FileTypes.XLSX, Samples.real("heures.xlsx"));
        accepted("application/vnd.oasis.opendocument.text", Samples.real("presentation.odt"));
        accepted("application/vnd.oasis.opendocument.spreadsheet", Samples.real("calendrier.ods"));
        accepted("application/vnd.oasis.opendocument.presentation", Samples.real("soutenance.odp"));
        accepted(FileTypes.XLS, Samples.real("calendrier.xls"));
        // Saved by LibreOffice from the ODT and ODP above.
        accepted(FileTypes.DOC, Samples.real("presentation.doc"));
        accepted(FileTypes.PPT, Samples.real("soutenance.ppt"));
        accepted(FileTypes.PPTX, Samples.real("soutenance.pptx"));
    }

    @Test
    public void plainTextInUtf8() {
        accepted("text/plain", Samples.utf8("Semaine 12 : remplacement d'un roulement, 3 h.\nÀ revoir : le couple de serrage.\n"));
        accepted("text/plain", Samples.utf8("\uFEFFAvec une marque d'ordre des octets."));
    }

    @Test
    public void textThatIsNotUtf8OrHasNulIsRefused() {
        // Text in Latin-1 or Windows-1252 is refused for its encoding, and said so.
        refused("Réglage".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "text-not-utf8");
        byte[] nul = Samples.utf8("du texte\u0000et un octet nul");
        refused(nul);
    }

    @Test
    public void executablesAndScriptsAreRefused() {
        assertEquals("application/x-msdownload", refused(Samples.exe()).args()[0]);
        refused(Samples.utf8("#!/bin/sh\nrm -rf ~\n"));
        byte[] elf = new byte[64];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        refused(elf);
    }

    @Test
    public void htmlSvgAndXmlAreRefused() {
        refused(Samples.utf8("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>"));
        refused(Samples.utf8("<html><script>document.cookie</script></html>"));
        refused(Samples.utf8("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
        refused(Samples.utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
    }

    @Test
    public void archivesAreRefused() {
        refused(Samples.zip("photo.txt", "pas une photo"));
        refused(Samples.zip("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n", "A.class", "x"));
        // A zip that merely names [Content_Types].xml, without an office main part, is no office document.
        refused(Samples.zip("[Content_Types].xml", "<Types/>", "payload.exe", "MZ"));
    }

    @Test
    public void macroEnabledOfficeDocumentsAreRefused() {
        byte[] docm = Samples.withContentTypes(Samples.real("rapport.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml");
        refused(docm);
    }

    @Test
    public void aPackageWhoseContentTypesComeLaterIsStillJudgedByThem() {
        byte[] late = Samples.zip("word/document.xml", "<w:document/>", "[Content_Types].xml",
                "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        accepted(FileTypes.DOCX, late);
    }

    /** Where Tika's magic stops (a directory past byte 4096), the compound file's directory is read for its streams. */
    @Test
    public void anOle2FileIsADocumentByTheStreamsItsDirectoryNames() {
        byte[] xls = Samples.real("calendrier.xls");
        assertEquals(FileTypes.XLS, FileTypes.ole2(xls));
        // The same file whose "Workbook" stream is renamed is no document (an MSI installer is OLE2 too).
        byte[] renamed = xls.clone();
        byte[] workbook = "Workbook".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        int renamedEntries = 0;
        for (int at = 512; at + 128 <= renamed.length; at += 128) {
            if (java.util.Arrays.equals(java.util.Arrays.copyOfRange(renamed, at, at + workbook.length), workbook)) {
                renamed[at] = 'X';
                renamedEntries++;
            }
        }
        assertEquals(1, renamedEntries);
        assertEquals(null, FileTypes.ole2(renamed));
        refused(renamed);
    }

    @Test
    public void emptyOrUnknownBytesAreRefused() {
        refused(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, 0x01, 0x02});
    }
}
