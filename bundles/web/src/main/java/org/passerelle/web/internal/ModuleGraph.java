package org.passerelle.web.internal;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The static import graph of the site's ES modules, read from their sources: what the browser will fetch before the
 * first page can render, so that index.html can announce it with {@code <link rel="modulepreload">} (on a 2 s round
 * trip, each level of imports discovered one after the other costs seconds). Dynamic {@code import()} is not followed:
 * the pages loaded on demand stay out of the first load.
 */
final class ModuleGraph {

    /**
     * A static {@code import … from '…'}, {@code import '…'} or {@code export … from '…'} at the start of a line; the
     * clause between the keyword and {@code from} holds only names, braces, commas, {@code *} and spaces (never a
     * parenthesis, so {@code import('…')} is not one).
     */
    private static final Pattern STATIC_IMPORT = Pattern.compile("(?m)^[ \\t]*(?:import|export)\\s+(?:[\\w$*{},\\s]+?\\s+from\\s+)?['\"]([^'\"\\n]+)['\"]");

    private ModuleGraph() {
    }

    /** The specifiers a module's source imports statically, in order of appearance. */
    static Set<String> staticImports(String source) {
        Set<String> specifiers = new LinkedHashSet<>();
        Matcher m = STATIC_IMPORT.matcher(source);
        while (m.find()) {
            specifiers.add(m.group(1));
        }
        return specifiers;
    }

    /**
     * Every module reached from {@code entry} by static imports, breadth first, {@code entry} included.
     *
     * @param entry     the request path of the first module, e.g. {@code /app/main.js}
     * @param sources   request path of each site module → its source; a path absent here is not followed (a WebJar's)
     * @param importMap bare specifier → request path, as the page's import map says (e.g. {@code preact} →
     *                  {@code /webjars/preact/10.24.3/dist/preact.module.js})
     * @return request paths, the site's and the WebJars' alike
     */
    static Set<String> reachableFrom(String entry, Map<String, String> sources, Map<String, String> importMap) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        seen.add(entry);
        queue.add(entry);
        while (!queue.isEmpty()) {
            String module = queue.remove();
            String source = sources.get(module);
            if (source == null) {
                continue;
            }
            for (String specifier : staticImports(source)) {
                String path = resolve(module, specifier, importMap);
                if (path != null && seen.add(path)) {
                    queue.add(path);
                }
            }
        }
        return seen;
    }

    /** The request path a specifier designates from a module, or null for what the site does not serve (another origin). */
    static String resolve(String module, String specifier, Map<String, String> importMap) {
        if (importMap.containsKey(specifier)) {
            return importMap.get(specifier);
        }
        if (specifier.startsWith("/") && !specifier.startsWith("//")) {
            return URI.create(specifier).normalize().getPath();
        }
        if (specifier.startsWith("./") || specifier.startsWith("../")) {
            return URI.create(module).resolve(specifier).normalize().getPath();
        }
        return null;
    }
}
