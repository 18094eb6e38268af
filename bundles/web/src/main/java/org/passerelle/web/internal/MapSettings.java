package org.passerelle.web.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The map of the geolocation pages (etc/org.passerelle.web.cfg, {@code map.tileUrl} and {@code map.attribution}). Empty by
 * default: the page then shows the coordinates and the address on a blank map, and nothing is fetched from another
 * site. A tile URL is a Leaflet template ({@code https://tiles.example.org/{z}/{x}/{y}.png}); its origin is added to the
 * images the Content-Security-Policy allows, and nothing else.
 */
final class MapSettings {

    static final MapSettings NONE = new MapSettings("", "");

    private final String tileUrl;
    private final String attribution;

    private MapSettings(String tileUrl, String attribution) {
        this.tileUrl = tileUrl;
        this.attribution = attribution;
    }

    /** From the configuration; a tile URL that is not absolute http(s) is ignored (logged by the caller's absence of map). */
    static MapSettings of(String tileUrl, String attribution) {
        String url = tileUrl == null ? "" : tileUrl.trim();
        if (!url.isEmpty() && origin(url).isEmpty()) {
            url = "";
        }
        return new MapSettings(url, attribution == null ? "" : attribution.trim());
    }

    String tileUrl() {
        return tileUrl;
    }

    String attribution() {
        return attribution;
    }

    /** The scheme, host and port of the tile server, as a CSP source; empty without tiles. */
    Optional<String> tileOrigin() {
        return tileUrl.isEmpty() ? Optional.empty() : origin(tileUrl);
    }

    /** The settings as the page reads them at {@code /settings.json}. */
    String toJson() {
        return "{\"map\":{\"tileUrl\":" + quote(tileUrl) + ",\"attribution\":" + quote(attribution) + "}}";
    }

    private static Optional<String> origin(String url) {
        try {
            // Leaflet's {s}, {z}, {x}, {y} are not valid in a URI: replaced by letters before parsing.
            URI uri = new URI(url.replaceAll("\\{[a-z]+\\}", "a"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                return Optional.empty();
            }
            String host = url.contains("{s}.") ? "*." + uri.getHost().substring(uri.getHost().indexOf('.') + 1) : uri.getHost();
            return Optional.of(scheme + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
