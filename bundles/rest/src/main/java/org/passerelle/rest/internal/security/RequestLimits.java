package org.passerelle.rest.internal.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import org.passerelle.rest.internal.problem.ProblemException;
import org.passerelle.rest.internal.problem.Problems;
import org.passerelle.rest.internal.problem.RequestPaths;

/**
 * Bounds every request body before anything reads it (issue 9, item 1): {@code body.max.bytes} for the JSON of
 * forms, {@code upload.max.bytes} for the operations marked {@link Upload} (etc/org.passerelle.rest.cfg). A declared
 * {@code Content-Length} over the bound is answered {@code 413 body-too-large} without reading a byte; a body sent
 * without one (chunked) is cut off at the bound with the same answer. Applied by {@link CallerFilter} once the caller
 * is known, so that an anonymous request is told 401 first (one filter: the order of two would rest on priorities).
 */
public class RequestLimits {

    private final long bodyMaxBytes;
    private final long uploadMaxBytes;

    /** Both in bytes, each at least 1 KiB (a smaller value is a configuration mistake, refused at start). */
    public RequestLimits(long bodyMaxBytes, long uploadMaxBytes) {
        if (bodyMaxBytes < 1024 || uploadMaxBytes < 1024) {
            throw new IllegalArgumentException("body.max.bytes and upload.max.bytes must be at least 1024, not " + bodyMaxBytes + " and " + uploadMaxBytes);
        }
        this.bodyMaxBytes = bodyMaxBytes;
        this.uploadMaxBytes = uploadMaxBytes;
    }

    /** Bounds the body of this request to the operation {@code method} (null when none matched). */
    void apply(ContainerRequestContext request, Method method) {
        boolean upload = method != null && method.isAnnotationPresent(Upload.class);
        long limit = upload ? uploadMaxBytes : bodyMaxBytes;
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0) {
                request.abortWith(Problems.response(400, "invalid-content-length", null, RequestPaths.of(request.getUriInfo())));
                return;
            }
            if (length > limit) {
                request.abortWith(tooLarge(limit, RequestPaths.of(request.getUriInfo())));
                return;
            }
        }
        // Not hasEntity(): it reads, and a malformed chunked body would fail there, outside any mapping.
        if (request.getEntityStream() != null) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    private static javax.ws.rs.core.Response tooLarge(long limit, String instance) {
        return Problems.response(413, "body-too-large", "body", instance, kibibytes(limit));
    }

    static String kibibytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " Mo" : (bytes / 1024) + " Ko";
    }

    /**
     * The body, which fails with {@code 413 body-too-large} once more than the bound has been read, and with
     * {@code 400 malformed-body} when the connection cannot deliver it (a malformed chunked encoding: Jetty's parser
     * then throws, which would otherwise surface as a 500).
     */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (IOException | IllegalStateException e) {
                throw malformed(e);
            }
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            } catch (IOException | IllegalStateException e) {
                throw malformed(e);
            }
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            try {
                return super.available();
            } catch (IOException | IllegalStateException e) {
                throw malformed(e);
            }
        }

        private static ProblemException malformed(Exception cause) {
            ProblemException problem = new ProblemException(400, "malformed-body", "body");
            problem.initCause(cause);
            return problem;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - read + 1));
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new ProblemException(413, "body-too-large", "body", kibibytes(limit));
            }
        }
    }
}
