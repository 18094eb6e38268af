package org.passerelle.core.internal.organisation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import org.passerelle.core.DomainException;

/**
 * Reads an uploaded file with a ceiling, after the access rules have passed (so that a refused caller never
 * learns anything from how their file was judged), refusing it past the limit rather than filling the memory.
 */
final class Uploads {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private Uploads() {
    }

    static InputStream limited(InputStream in) {
        try {
            byte[] bytes = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
            check(bytes.length);
            return new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            throw DomainException.invalid("unreadable-upload", "file");
        }
    }

    static Reader limited(Reader in) {
        try {
            char[] buffer = new char[8192];
            StringBuilder text = new StringBuilder();
            for (int read; in != null && (read = in.read(buffer)) >= 0 && text.length() <= MAX_BYTES; ) {
                text.append(buffer, 0, read);
            }
            check(text.length());
            return new StringReader(text.toString());
        } catch (IOException e) {
            throw DomainException.invalid("unreadable-upload", "file");
        }
    }

    private static void check(int size) {
        if (size > MAX_BYTES) {
            throw DomainException.tooLarge("file-too-large", "file", MAX_BYTES / (1024 * 1024));
        }
        if (size == 0) {
            throw DomainException.invalid("required", "file");
        }
    }
}
