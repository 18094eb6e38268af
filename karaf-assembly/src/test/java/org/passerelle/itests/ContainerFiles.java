package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** What a container test reads from inside the distribution: a PDF as a user reads it, the newest e-mail of the outbox. */
final class ContainerFiles {

    private ContainerFiles() {
    }

    /** The PDF read back as a user would, by pdftotext, in reading order. */
    static String pdfText(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return pdfText(response.body());
    }

    /** A PDF's text by pdftotext, in reading order, once its embedded DejaVu Sans is checked. */
    static String pdfText(byte[] pdf) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("document", ".pdf");
        try {
            java.nio.file.Files.write(file, pdf);
            // The bundle's DejaVu Sans is embedded (FOP would fall back to Helvetica, silently, without it).
            Process fonts = new ProcessBuilder("pdffonts", file.toString()).redirectErrorStream(true).start();
            String listed = new String(fonts.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(fonts.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(listed, listed.contains("DejaVuSans") && !listed.contains("Helvetica"));
            Process process = new ProcessBuilder("pdftotext", file.toString(), "-").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
            return text.replaceAll("\\s+", " ");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    static String newestToken() throws Exception {
        String mail = newestOutboxMail();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("/#/acces/([A-Za-z0-9_-]{43})").matcher(mail);
        assertTrue(mail, token.find());
        return token.group(1);
    }

    static String newestOutboxMail() throws Exception {
        java.nio.file.Path outbox = java.nio.file.Path.of(System.getProperty("karaf.data"), "passerelle", "outbox");
        try (var files = java.nio.file.Files.list(outbox)) {
            java.nio.file.Path newest = files.max(java.util.Comparator.comparing(java.nio.file.Path::getFileName)).orElseThrow();
            String raw = java.nio.file.Files.readString(newest).replace("=\r\n", "").replace("=\n", "");
            return new String(javax.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)),
                    "quoted-printable").readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
