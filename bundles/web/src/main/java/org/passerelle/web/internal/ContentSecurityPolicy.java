package org.passerelle.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of the web front (issue 9, item 4): scripts, styles, images and requests from the
 * platform itself only, no inline script but the import map of index.html (allowed by its SHA-256, computed here
 * from the page served, so that editing the map cannot break the page), no plugin, no framing by any site.
 */
final class ContentSecurityPolicy {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);

    private ContentSecurityPolicy() {
    }

    /** The policy for a page whose HTML is {@code html} (its inline scripts, if any, allowed by hash). */
    static String forPage(String html) {
        return forPage(html, MapSettings.NONE);
    }

    /** The same, the map's tile server (if one is configured) allowed for images. */
    static String forPage(String html, MapSettings map) {
        String images = "'self' data: blob:" + map.tileOrigin().map(origin -> " " + origin).orElse("");
        StringBuilder scripts = new StringBuilder("'self'");
        for (String hash : inlineScriptHashes(html)) {
            scripts.append(" 'sha256-").append(hash).append('\'');
        }
        return "default-src 'self'; script-src " + scripts + "; style-src 'self'; img-src " + images + "; connect-src 'self';"
                + " font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** Base64 SHA-256 of each inline script's text, as CSP hashes it (the exact characters between the tags). */
    static List<String> inlineScriptHashes(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher m = INLINE_SCRIPT.matcher(html);
        while (m.find()) {
            hashes.add(sha256(m.group(1)));
        }
        return hashes;
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
