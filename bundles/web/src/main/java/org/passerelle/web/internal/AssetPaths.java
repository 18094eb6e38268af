package org.passerelle.web.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request path to the bundle entry that answers it: the site's own files under {@code web/}, the
 * WebJars' files under {@code META-INF/resources/webjars/}. Anything that tries to climb out is refused.
 */
final class AssetPaths {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("mjs", "text/javascript; charset=UTF-8"),
            Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=UTF-8"));

    private AssetPaths() {
    }

    /** The bundle entry for a request path, or empty when the path is not one we serve. */
    static Optional<String> entryFor(String requestPath) {
        String path = requestPath == null || requestPath.isEmpty() || "/".equals(requestPath) ? "/index.html" : requestPath;
        if (!path.startsWith("/") || path.contains("\\") || path.contains("//") || path.contains("%")) {
            return Optional.empty();
        }
        for (String segment : path.substring(1).split("/")) {
            if (segment.isEmpty() || ".".equals(segment) || "..".equals(segment) || segment.startsWith(".")) {
                return Optional.empty();
            }
        }
        if (path.startsWith("/webjars/")) {
            return Optional.of("META-INF/resources" + path);
        }
        return Optional.of("web" + path);
    }

    static String contentType(String entry) {
        int dot = entry.lastIndexOf('.');
        String extension = dot < 0 ? "" : entry.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** For what an address names for ever: a WebJar's versioned path, a site file's {@code /v/<hash>/…} address. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /**
     * For an unversioned address: WebJar files never change (their version is in the path); the site's own files are
     * revalidated at each visit (their versioned address, {@link SiteAssets}, is the one cached for a year).
     */
    static String cacheControl(String entry) {
        return entry.startsWith("META-INF/resources/webjars/") ? IMMUTABLE : "no-cache";
    }

    /** Whether a Content-Type is text that compression shrinks (what etc/jetty.xml's GzipHandler compresses). */
    static boolean isText(String contentType) {
        String type = contentType.split(";", 2)[0].trim();
        return type.startsWith("text/") || type.equals("application/json") || type.equals("application/manifest+json")
                || type.equals("image/svg+xml");
    }
}
