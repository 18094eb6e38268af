package org.passerelle.core.internal.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Watches the bytes going through for what UTF-8 looks like, without holding them: how many multi-byte sequences are
 * well formed UTF-8, and how many bytes above 0x7F are not part of one. A file declared in a single-byte encoding
 * (ISO-8859-15) whose every byte above 0x7F belongs to a well-formed UTF-8 sequence was saved as UTF-8 by an editor
 * that kept the declaration (issue 10, field case siecle-declared-latin9-bytes-utf8.xml): read as declared, « Anaïs »
 * would become « AnaÃ¯s ». Latin text almost never forms such sequences by chance (it would need « Ã » or « Â »
 * followed by a symbol such as « © » in every place).
 */
final class Utf8Evidence extends FilterInputStream {

    private int expected;
    private long sequences;
    private long strays;

    Utf8Evidence(InputStream in) {
        super(in);
    }

    /** Whether some bytes above 0x7F were read and all of them formed well-formed UTF-8 sequences. */
    boolean looksLikeUtf8() {
        return sequences > 0 && strays == 0 && expected == 0;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are not seen: count them as unknown, so that nothing is concluded.
        long skipped = super.skip(n);
        strays += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void see(int b) {
        if (expected > 0) {
            if ((b & 0xC0) == 0x80) {
                if (--expected == 0) {
                    sequences++;
                }
                return;
            }
            strays++;
            expected = 0;
        }
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            expected = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            expected = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
            expected = 3;
        } else {
            strays++;
        }
    }
}
