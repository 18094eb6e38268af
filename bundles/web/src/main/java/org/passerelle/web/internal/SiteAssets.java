package org.passerelle.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's own files (the bundle's {@code web/} entries) held in memory, each with the hash of its content, and
 * index.html rewritten to their versioned addresses ({@link IndexPage}). A bundle's entries do not change while it is
 * resolved (an update makes a new bundle revision, hence a new servlet), so this is built once, at the first request:
 * about 350 kB, hashed in a few milliseconds.
 *
 * <p>A versioned address is {@code /v/<hash>/app/<path>}, {@code <hash>} the first 12 hex digits of the SHA-256 of
 * the file's bytes ({@link #HASH_LENGTH}): a new release changes the address of every file it changes, and only of
 * those, so a phone keeps the unchanged ones.
 */
final class SiteAssets {

    /** Hex digits of the SHA-256 kept in a versioned address and in an ETag (48 bits: enough to tell versions apart). */
    static final int HASH_LENGTH = 12;
    static final String INDEX = "web/index.html";
    private static final Pattern VERSIONED = Pattern.compile("/v/([0-9a-f]{" + HASH_LENGTH + "})(/app/.+)");

    /** A file as served: its bytes, the hash of those bytes, its Content-Type. */
    record Asset(byte[] body, String hash, String contentType) {
    }

    /** A request for a versioned address: the hash it names and the request path of the file. */
    record Versioned(String hash, String path) {
    }

    private final Map<String, Asset> byEntry;
    private final String policy;

    private SiteAssets(Map<String, Asset> byEntry, String policy) {
        this.byEntry = byEntry;
        this.policy = policy;
    }

    /**
     * The site from its files.
     *
     * @param files entry name ({@code web/index.html}, {@code web/app/main.js}, …) → bytes; must hold {@link #INDEX}
     */
    static SiteAssets of(Map<String, byte[]> files) {
        return of(files, MapSettings.NONE);
    }

    /** The site from its files, the map's tile server allowed in the policy. */
    static SiteAssets of(Map<String, byte[]> files, MapSettings map) {
        Map<String, Asset> assets = new HashMap<>();
        Map<String, String> versions = new TreeMap<>();
        Map<String, String> sources = new HashMap<>();
        files.forEach((entry, body) -> {
            if (entry.equals(INDEX) || !entry.startsWith("web/")) {
                return;
            }
            Asset asset = new Asset(body, hash(body), AssetPaths.contentType(entry));
            assets.put(entry, asset);
            String path = entry.substring("web".length());
            if (path.startsWith("/app/") && IndexPage.isPlain(path)) {
                versions.put(path, "/v/" + asset.hash() + path);
                if (path.endsWith(".js")) {
                    sources.put(path, new String(body, StandardCharsets.UTF_8));
                }
            }
        });
        byte[] source = files.get(INDEX);
        if (source == null) {
            throw new IllegalStateException("the bundle has no " + INDEX);
        }
        String html = new String(source, StandardCharsets.UTF_8);
        Set<String> firstLoad = ModuleGraph.reachableFrom(entryModule(html), sources, IndexPage.bareImports(html));
        String page = IndexPage.rewrite(html, versions, firstLoad);
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        assets.put(INDEX, new Asset(body, hash(body), AssetPaths.contentType(INDEX)));
        return new SiteAssets(Map.copyOf(assets), ContentSecurityPolicy.forPage(page, map));
    }

    /** The module index.html starts ({@code <script type="module" src="…">}). */
    private static String entryModule(String html) {
        Matcher m = Pattern.compile("<script\\s+type=\"module\"\\s+src=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("index.html has no <script type=\"module\" src=\"…\">");
        }
        return m.group(1);
    }

    /** The file of an entry as served now (index.html rewritten), or empty. */
    Optional<Asset> current(String entry) {
        return Optional.ofNullable(byEntry.get(entry));
    }

    /** The file a versioned address names, only if its content still has that hash (an old release's address: empty). */
    Optional<Asset> versioned(Versioned request) {
        return AssetPaths.entryFor(request.path()).map(byEntry::get).filter(asset -> asset.hash().equals(request.hash()));
    }

    /** The Content-Security-Policy of index.html as served (its import map allowed by the hash of its rewritten text). */
    String policy() {
        return policy;
    }

    /** A request path of the form {@code /v/<hash>/app/…}, split; empty for any other path. */
    static Optional<Versioned> parseVersioned(String requestPath) {
        Matcher m = VERSIONED.matcher(requestPath == null ? "" : requestPath);
        return m.matches() ? Optional.of(new Versioned(m.group(1), m.group(2))) : Optional.empty();
    }

    static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
