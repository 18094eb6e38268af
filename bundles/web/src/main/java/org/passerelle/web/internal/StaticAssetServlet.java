package org.passerelle.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.Bundle;

/**
 * Serves the web front from this bundle's entries at the site root. A servlet rather than whiteboard resources
 * because the root must answer with index.html as rewritten to versioned addresses ({@link SiteAssets}), and every
 * answer needs caching and safety headers.
 */
public final class StaticAssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient Bundle bundle;
    private final String etagBase;

    private final transient MapSettings map;

    public StaticAssetServlet(Bundle bundle) {
        this(bundle, "", "");
    }

    /** With the map of etc/org.passerelle.web.cfg ({@code map.tileUrl}, {@code map.attribution}; empty: no tiles). */
    public StaticAssetServlet(Bundle bundle, String mapTileUrl, String mapAttribution) {
        this.bundle = bundle;
        this.map = MapSettings.of(mapTileUrl, mapAttribution);
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

    private transient volatile SiteAssets site;

    /** The site's files, read and hashed at the first request (see {@link SiteAssets} for why once). */
    private SiteAssets site() throws IOException {
        SiteAssets current = site;
        if (current == null) {
            synchronized (this) {
                if (site == null) {
                    Map<String, byte[]> files = new HashMap<>();
                    Enumeration<URL> entries = bundle.findEntries("web", "*", true);
                    while (entries != null && entries.hasMoreElements()) {
                        URL url = entries.nextElement();
                        if (!url.getPath().endsWith("/")) {
                            try (InputStream in = url.openStream()) {
                                files.put(url.getPath().replaceFirst("^/", ""), in.readAllBytes());
                            }
                        }
                    }
                    site = SiteAssets.of(files, map);
                }
                current = site;
            }
        }
        return current;
    }

    /**
     * Headers by kind of address: {@code /v/<hash>/app/…} (the import map and index.html point there) and WebJars are
     * cached for a year, anything else is revalidated against its ETag. Text is compressed by Jetty's GzipHandler
     * (etc/jetty.xml) for GET; {@code Vary: Accept-Encoding} is set here so that HEAD and 304 answers carry it too.
     */
    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SiteAssets assets = site();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", assets.policy());
        if (path.equals(SETTINGS)) {
            settings(response, withBody);
            return;
        }
        Optional<SiteAssets.Versioned> versioned = SiteAssets.parseVersioned(path);
        Optional<String> entry = versioned.isPresent() ? Optional.empty() : AssetPaths.entryFor(path);
        SiteAssets.Asset asset;
        String cacheControl;
        if (versioned.isPresent()) {
            asset = assets.versioned(versioned.get()).orElse(null);
            cacheControl = AssetPaths.IMMUTABLE;
        } else if (entry.isPresent() && entry.get().startsWith("web/")) {
            asset = assets.current(entry.get()).orElse(null);
            cacheControl = AssetPaths.cacheControl(entry.get());
        } else {
            asset = entry.map(this::webJarFile).orElse(null);
            cacheControl = entry.map(AssetPaths::cacheControl).orElse(null);
        }
        if (asset == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Page introuvable");
            return;
        }
        String etag = "\"" + asset.hash() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        if (AssetPaths.isText(asset.contentType())) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(asset.contentType());
        response.setContentLength(asset.body().length);
        if (withBody) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(asset.body());
            }
        }
    }

    /** Where the page reads the settings it needs from etc/ (the map's tile server). */
    static final String SETTINGS = "/settings.json";

    private void settings(HttpServletResponse response, boolean withBody) throws IOException {
        byte[] body = map.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        if (withBody) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(body);
            }
        }
    }

    /** A WebJar's file, read from the bundle at each request (they are versioned by their path, hence rarely asked twice). */
    private SiteAssets.Asset webJarFile(String entry) {
        URL url = bundle.getEntry(entry);
        if (url == null || url.getPath().endsWith("/")) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new SiteAssets.Asset(in.readAllBytes(), etagBase + "-" + Integer.toHexString(entry.hashCode()), AssetPaths.contentType(entry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
