package org.passerelle.rest.internal.security;

import java.io.InputStream;
import org.apache.cxf.io.DelegatingInputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * Before it writes an answer, CXF reads what is left of the request's body (up to 16 MB, "to avoid a deadlock"):
 * a refused request (401 before its body, 413 over its bound) would then hold a server thread until a slow or
 * hostile client had sent it all. For a refusal the rest of the body is dropped instead: Jetty closes the connection
 * after the answer rather than reading it.
 */
final class UnreadBodies {

    private UnreadBodies() {
    }

    /** Called while the answer to a refused request is prepared, on the thread handling it. */
    static void discard() {
        Message current = PhaseInterceptorChain.getCurrentMessage();
        if (current == null) {
            return;
        }
        Message in = current.getExchange() == null ? current : current.getExchange().getInMessage();
        DelegatingInputStream body = in == null ? null : in.getContent(DelegatingInputStream.class);
        if (body != null) {
            body.setInputStream(InputStream.nullInputStream());
        }
    }
}
