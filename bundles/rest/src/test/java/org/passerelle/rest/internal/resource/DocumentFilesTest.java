package org.passerelle.rest.internal.resource;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** The file names of the documents as a browser saves them (issue 10, item 6), with RFC 6266 / 5987 parameters. */
public class DocumentFilesTest {

    @Test
    public void thePreAgreementIsNamedAsTheGuideNamesIt() {
        String name = DocumentFiles.name("preAgreement", "PFMP 2", "Lucas BONNET");
        assertEquals("Annexe PFMP 2 Lucas BONNET.pdf", name);
        assertEquals("inline; filename=\"Annexe PFMP 2 Lucas BONNET.pdf\"; filename*=UTF-8''Annexe%20PFMP%202%20Lucas%20BONNET.pdf",
                DocumentFiles.contentDisposition(name));
        assertEquals("Attestation PFMP 2 Lucas BONNET.pdf", DocumentFiles.name("attendance", "PFMP 2", "Lucas BONNET"));
        assertEquals("Annexes PFMP 1 — découverte.pdf", DocumentFiles.name("preAgreements", "PFMP 1 — découverte"));
    }

    @Test
    public void accentsAndOtherScriptsTravelInUtf8WithAnAsciiFallback() {
        String name = DocumentFiles.name("attendance", "Période 2 : « chantier »", "Léa PETIT-ŒUVRE 王小明");
        assertEquals("Attestation Période 2 - « chantier » Léa PETIT-ŒUVRE 王小明.pdf", name);
        String header = DocumentFiles.contentDisposition(name);
        String ascii = header.substring(header.indexOf("filename=\"") + 10, header.indexOf("\";"));
        assertEquals("Attestation Periode 2 - chantier Lea PETIT-OEUVRE _.pdf", ascii);
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertTrue(encoded, encoded.matches("[A-Za-z0-9%!#$&+\\-.^_`|~]+"));
        assertEquals(name, URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    @Test
    public void noCharacterAFileSystemRefusesAndNoEndlessName() {
        assertEquals("Annexe PFMP-2 a-b Zoé -x-.pdf", DocumentFiles.name("preAgreement", "PFMP/2 a\\b", "Zoé \"x\""));
        String longName = DocumentFiles.name("preAgreement", "P".repeat(300), "Lucas BONNET");
        assertEquals(DocumentFiles.MAX_NAME + 4, longName.length());
    }
}
