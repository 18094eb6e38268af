package org.passerelle.core.internal.organisation;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.passerelle.core.DomainException;

/**
 * Uploaded files read with a ceiling, after the access rules have passed (so that a refused caller never learns
 * anything from how their file was judged), refusing them past the limit rather than filling the memory.
 * <ul>
 * <li>{@link #limited}: held in memory, at most {@value #MAX_BYTES} bytes (CSV files, images).</li>
 * <li>{@link #streamed}: read as it comes, never held whole, at most {@value #MAX_STREAMED_BYTES} bytes (SIECLE
 * exports: 6,000 pupils with full records are about 12 MB). The REST layer's {@code upload.max.bytes}
 * (etc/org.passerelle.rest.cfg, 32 MiB by default, about 15,000 pupils) applies first.</li>
 * </ul>
 * Both refuse an empty file ({@code 400 required}) and a larger one ({@code 413 file-too-large}, the limit in MB).
 */
final class Uploads {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_STREAMED_BYTES = 64L * 1024 * 1024;

    private Uploads() {
    }

    static InputStream limited(InputStream in) {
        try {
            byte[] bytes = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
            check(bytes.length, MAX_BYTES);
            return new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            throw DomainException.invalid("unreadable-upload", "file");
        }
    }

    static InputStream streamed(InputStream in) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in == null ? InputStream.nullInputStream() : in);
            buffered.mark(1);
            check(buffered.read() < 0 ? 0 : 1, MAX_STREAMED_BYTES);
            buffered.reset();
            return new Ceiling(buffered);
        } catch (IOException e) {
            throw DomainException.invalid("unreadable-upload", "file");
        }
    }

    private static void check(long size, long max) {
        if (size > max) {
            throw DomainException.tooLarge("file-too-large", "file", max / (1024 * 1024));
        }
        if (size == 0) {
            throw DomainException.invalid("required", "file");
        }
    }

    /** Counts the bytes read; one past the limit is a 413, thrown from the read itself. */
    private static final class Ceiling extends FilterInputStream {
        private long count;

        Ceiling(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void add(long n) {
            count += n;
            if (count > MAX_STREAMED_BYTES) {
                check(count, MAX_STREAMED_BYTES);
            }
        }
    }
}
