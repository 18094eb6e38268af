package org.passerelle.rest.internal.resource;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** The name of an uploaded part as browsers send it, and the header it is downloaded with. */
public class LearnerFileResourceTest {

    @Test
    public void aNameSentAsRawUtf8AndReadAsLatin1IsReadAgain() {
        String sent = "Attestation de présence – 2ᵉ période.pdf";
        String misread = new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(sent, LearnerFileResource.utf8IfMisread(misread));
    }

    @Test
    public void aNameReadRightIsKept() {
        assertEquals("photo.jpg", LearnerFileResource.utf8IfMisread("photo.jpg"));
        assertEquals("Résumé.pdf", LearnerFileResource.utf8IfMisread("Résumé.pdf"));
        assertEquals("Ω.txt", LearnerFileResource.utf8IfMisread("Ω.txt"));
    }

    @Test
    public void downloadsAreAttachmentsWithBothNames() {
        assertEquals("attachment; filename=\"Calendrier d'alternance.pdf\"; filename*=UTF-8''Calendrier%20d%27alternance.pdf",
                DocumentFiles.attachment("Calendrier d'alternance.pdf"));
        assertEquals("attachment; filename=\"Resume ete.odt\"; filename*=UTF-8''R%C3%A9sum%C3%A9%E2%80%AF%C3%A9t%C3%A9.odt",
                DocumentFiles.attachment("Résumé\u202Fété.odt"));
    }
}
