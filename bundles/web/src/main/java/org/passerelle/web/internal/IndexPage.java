package org.passerelle.web.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * index.html as it is served: every address of the site's own files made versioned, so that those files can be cached
 * for a year and a new release is never mixed with a cached old module.
 * <ul>
 * <li>{@code src="/app/…"} and {@code href="/app/…"} attributes point at the versioned address;</li>
 * <li>the import map gets one entry per site module ({@code "/app/x.js": "/v/<hash>/app/x.js"}), before the entries
 * written in the file: the modules keep importing {@code /app/…} and the browser fetches the versioned address, for
 * static imports and {@code import()} alike (an import map remaps absolute-path specifiers too);</li>
 * <li>a {@code <link rel="modulepreload">} per module of the first load follows the import map (it must come after it),
 * so the browser fetches them all at once instead of level after level of imports.</li>
 * </ul>
 * The Content-Security-Policy must be computed from the result: the import map's hash changes with it.
 */
final class IndexPage {

    private static final Pattern IMPORT_MAP = Pattern.compile("(<script\\s+type=\"importmap\"\\s*>)(.*?)(</script>)", Pattern.DOTALL);
    private static final Pattern IMPORTS_OPEN = Pattern.compile("\"imports\"\\s*:\\s*\\{(\\s*\\}?)");
    /** An entry of the import map whose key is a bare specifier ({@code "preact": "/webjars/…"}). */
    private static final Pattern BARE_ENTRY = Pattern.compile("\"([^\"/.][^\"]*)\"\\s*:\\s*\"(/[^\"]+)\"");
    private static final Pattern SITE_ATTRIBUTE = Pattern.compile("\\b(src|href)=\"(/app/[^\"]+)\"");
    /** What may appear in an address written into the page without escaping. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9/._-]+");

    private IndexPage() {
    }

    /** The bare specifiers of the page's import map and the request paths they stand for. */
    static Map<String, String> bareImports(String html) {
        Map<String, String> imports = new LinkedHashMap<>();
        Matcher m = BARE_ENTRY.matcher(importMap(html).group(2));
        while (m.find()) {
            imports.put(m.group(1), m.group(2));
        }
        return imports;
    }

    /**
     * The page with versioned addresses.
     *
     * @param versions request path → versioned request path of each site file ({@code /app/main.js} →
     *                 {@code /v/0123456789ab/app/main.js}); the {@code .js} ones go into the import map
     * @param preload  request paths of the modules of the first load, in fetch order (a site path is written versioned)
     */
    static String rewrite(String html, Map<String, String> versions, Collection<String> preload) {
        Matcher map = importMap(html);
        Matcher open = IMPORTS_OPEN.matcher(map.group(2));
        if (!open.find()) {
            throw new IllegalStateException("index.html: the import map has no \"imports\" object");
        }
        boolean emptyImports = open.group(1).trim().equals("}");
        StringBuilder entries = new StringBuilder();
        versions.forEach((path, versioned) -> {
            if (path.endsWith(".js")) {
                entries.append(entries.length() == 0 ? "" : ",").append("\n        \"").append(plain(path)).append("\": \"").append(plain(versioned)).append('"');
            }
        });
        String imports = map.group(2).substring(0, open.start(1)) + entries + (emptyImports || entries.length() == 0 ? "" : ",")
                + map.group(2).substring(open.start(1));
        StringBuilder links = new StringBuilder();
        for (String path : preload) {
            links.append("\n  <link rel=\"modulepreload\" href=\"").append(plain(versions.getOrDefault(path, path))).append("\">");
        }
        String before = versionAttributes(html.substring(0, map.start()), versions);
        String after = versionAttributes(html.substring(map.end()), versions);
        return before + map.group(1) + imports + map.group(3) + links + after;
    }

    private static String versionAttributes(String html, Map<String, String> versions) {
        Matcher m = SITE_ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String versioned = versions.get(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(versioned == null ? m.group() : m.group(1) + "=\"" + plain(versioned) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Matcher importMap(String html) {
        Matcher m = IMPORT_MAP.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("index.html has no <script type=\"importmap\">");
        }
        return m;
    }

    /** Whether a path can be written into the page as it is (a site file of another name keeps its unversioned address). */
    static boolean isPlain(String path) {
        return PLAIN_PATH.matcher(path).matches();
    }

    private static String plain(String path) {
        if (!PLAIN_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("not a plain path, refused in index.html: " + path);
        }
        return path;
    }
}
