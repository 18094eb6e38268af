package org.passerelle.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty refuses some requests before any servlet sees them (a NUL in a path, a path that climbs above the root such
 * as {@code /api/v1/x/..%2F../..%2F..}) and answers them with its own HTML page ("Bad Message 400"). Issue 9 wants
 * problem+json there too. pax-web-jetty adds every {@link org.eclipse.jetty.server.Handler} service to its server
 * and hands it the {@link Server}: this handler uses that moment to give the server an error handler that answers
 * problem+json, and lets every request go on untouched.
 */
public final class ProblemErrorPages extends AbstractHandler {

    @Override
    public void setServer(Server server) {
        super.setServer(server);
        if (server != null && !(server.getErrorHandler() instanceof ProblemErrorHandler)) {
            ErrorHandler errors = new ProblemErrorHandler();
            // Its server first: Server.setErrorHandler starts it when the server is starting, and a started handler
            // refuses to be given a server.
            errors.setServer(server);
            server.setErrorHandler(errors);
        }
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) {
        // Nothing: requests go on to the platform's servlets.
    }

    /** The problem+json of a status, without anything of the request (a refused request may be anything). */
    static String problem(int status) {
        String kind = status == 404 ? "no-such-resource" : status == 405 ? "method-not-allowed" : status == 413 ? "body-too-large"
                : status >= 500 ? "internal" : "bad-request";
        String title = status == 404 ? "Ressource introuvable" : status == 405 ? "Méthode non autorisée"
                : status == 413 ? "Requête trop volumineuse" : status >= 500 ? "Erreur interne" : "Requête invalide";
        return "{\"type\":\"urn:passerelle:problem:" + kind + "\",\"title\":\"" + title + "\",\"status\":" + status + "}";
    }

    /** The server's own error answers as problem+json: a malformed request, or an error outside every servlet context. */
    static final class ProblemErrorHandler extends ErrorHandler {

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            fields.put(HttpHeader.CACHE_CONTROL, "no-store");
            fields.put("X-Content-Type-Options", "nosniff");
            return ByteBuffer.wrap(problem(status).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code,
                                                  String message) throws IOException {
            baseRequest.setHandled(true);
            byte[] body = problem(code).getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/problem+json");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(body.length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(body);
            }
        }
    }
}
