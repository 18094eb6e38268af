package org.passerelle.core.internal.files;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The name a file is downloaded under. */
public class FileNamesTest {

    @Test
    public void foldersAreStripped() {
        assertEquals("photo.jpg", FileNames.clean("C:\\Users\\lea\\Images\\photo.jpg"));
        assertEquals("passwd", FileNames.clean("../../etc/passwd"));
        assertEquals("rapport.pdf", FileNames.clean("/tmp/rapport.pdf"));
    }

    @Test
    public void decomposedAccentsAreComposed() {
        String decomposed = "Re\u0301sume\u0301 de stage.pdf";
        assertEquals("Résumé de stage.pdf", FileNames.clean(decomposed));
        assertEquals(java.text.Normalizer.Form.NFC, java.text.Normalizer.isNormalized(FileNames.clean(decomposed), java.text.Normalizer.Form.NFC)
                ? java.text.Normalizer.Form.NFC : null);
    }

    @Test
    public void controlAndFormatCharactersAreRemoved() {
        // A right-to-left override would show "photo\u202Egpj.exe" as "photoexe.jpg".
        assertEquals("photogpj.exe", FileNames.clean("photo\u202Egpj.exe"));
        assertEquals("ligne1ligne2.txt", FileNames.clean("ligne1\r\nligne2.txt\u0000"));
        assertEquals("a b.txt", FileNames.clean("  a\u00A0\u2003 b.txt\t"));
    }

    @Test
    public void emptyNamesGetAFallback() {
        assertEquals("fichier", FileNames.clean(null));
        assertEquals("fichier", FileNames.clean(""));
        assertEquals("fichier", FileNames.clean("dossier/"));
        assertEquals("fichier", FileNames.clean(".."));
        assertEquals("fichier", FileNames.clean("\u0007\u0008"));
    }

    @Test
    public void longNamesAreCutToTheColumnKeepingTheExtension() {
        String name = "é".repeat(300) + ".docx";
        String clean = FileNames.clean(name);
        assertEquals(255, clean.length());
        assertEquals(true, clean.endsWith("é.docx"));
        // A character outside the BMP is never cut in half.
        String emoji = "a" + "\uD83D\uDE00".repeat(200) + ".png";
        String cut = FileNames.clean(emoji);
        assertEquals(true, cut.length() <= 255);
        assertEquals(false, Character.isHighSurrogate(cut.charAt(cut.length() - 5)));
        assertEquals(true, cut.endsWith(".png"));
        assertEquals(255, FileNames.clean("x".repeat(255)).length());
    }
}
