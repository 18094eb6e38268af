package org.passerelle.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.Bundle;

/**
 * Serves the web front from this bundle's entries at the site root. A servlet rather than whiteboard resources
 * because the root must answer with index.html and every answer needs caching and safety headers.
 */
public final class StaticAssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient Bundle bundle;
    private final String etagBase;

    public StaticAssetServlet(Bundle bundle) {
        this.bundle = bundle;
        this.etagBase = Long.toHexString(bundle.getLastModified());
    }

    /**
     * A request that was addressed to the API (its raw path begins with /api/) but normalises to a path outside it
     * ({@code /api/v1/..%2F..}) lands here: it gets the API's kind of answer, problem+json, never an HTML page. Any
     * method but GET and HEAD is refused (405) without a page either.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws javax.servlet.ServletException, IOException {
        String raw = request.getRequestURI() == null ? "" : request.getRequestURI();
        boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (raw.startsWith("/api/") || raw.equals("/api")) {
            problem(response, readOnly ? 404 : 405, readOnly ? "no-such-resource" : "method-not-allowed");
        } else if (!readOnly) {
            response.setHeader("Allow", "GET, HEAD");
            problem(response, 405, "method-not-allowed");
        } else {
            super.service(request, response);
        }
    }

    private static void problem(HttpServletResponse response, int status, String kind) throws IOException {
        String title = status == 404 ? "Ressource introuvable" : "Méthode non autorisée";
        byte[] body = ("{\"type\":\"urn:passerelle:problem:" + kind + "\",\"title\":\"" + title + "\",\"status\":" + status + "}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private transient volatile String policy;

    /** The policy of index.html, computed once from the page this bundle serves. */
    private String policy() throws IOException {
        if (policy == null) {
            URL page = bundle.getEntry("web/index.html");
            try (InputStream in = page.openStream()) {
                policy = ContentSecurityPolicy.forPage(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return policy;
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> entry = AssetPaths.entryFor(path);
        URL url = entry.map(bundle::getEntry).filter(u -> !u.getPath().endsWith("/")).orElse(null);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", policy());
        if (url == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Page introuvable");
            return;
        }
        String etag = "\"" + etagBase + "-" + Integer.toHexString(entry.get().hashCode()) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", AssetPaths.cacheControl(entry.get()));
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(AssetPaths.contentType(entry.get()));
        try (InputStream in = url.openStream()) {
            byte[] body = in.readAllBytes();
            response.setContentLength(body.length);
            if (withBody) {
                try (OutputStream out = response.getOutputStream()) {
                    out.write(body);
                }
            }
        }
    }
}
