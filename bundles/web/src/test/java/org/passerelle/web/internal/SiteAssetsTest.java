package org.passerelle.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;

/** The site as the servlet serves it, built from the real files of src/main/resources/web. */
public class SiteAssetsTest {

    private static final Path WEB = Path.of("src/main/resources/web");
    /** Modules of the staff or of other roles' pages: loaded on demand, never in the first load. */
    private static final List<String> ON_DEMAND = List.of("admin-establishments.js", "admin-establishment.js", "admin-people.js",
            "admin-imports.js", "annexes.js", "periods-page.js", "period-page.js", "period-tutors.js", "placement-page.js", "my-periods.js",
            "referential-page.js", "account.js", "referential-list.js", "sign-in.js", "home.js", "not-found.js",
            // Issue 11: the follow-up pages and their field editors.
            "followup-page.js", "sheet-page.js", "sheet-list.js", "sheet-link.js", "personal-review.js", "doc-page.js", "doc-field.js",
            "doc-fields-basic.js", "doc-fields-nested.js", "doc-fields-place.js", "doc-fields-annex.js", "doc-comments.js", "doc-autosave.js",
            "doc-conflict.js");
    private static Map<String, byte[]> files;
    private static SiteAssets site;
    private static String page;

    @BeforeClass
    public static void load() throws IOException {
        files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(WEB)) {
            paths.filter(Files::isRegularFile).forEach(p -> {
                try {
                    files.put("web/" + WEB.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        site = SiteAssets.of(files);
        page = new String(site.current(SiteAssets.INDEX).orElseThrow().body(), StandardCharsets.UTF_8);
    }

    @Test
    public void theImportMapSendsEverySiteModuleToItsVersionedAddressAndStaysValidJson() throws IOException {
        Matcher map = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(page, map.find());
        JsonNode imports = new ObjectMapper().readTree(map.group(1)).get("imports");
        assertEquals("/webjars/preact/10.24.3/dist/preact.module.js", imports.get("preact").asText());
        long modules = files.keySet().stream().filter(e -> e.startsWith("web/app/") && e.endsWith(".js")).count();
        assertEquals(modules + 2, imports.size());
        for (String entry : files.keySet()) {
            if (entry.startsWith("web/app/") && entry.endsWith(".js")) {
                String path = entry.substring(3);
                assertEquals(entry, "/v/" + SiteAssets.hash(files.get(entry)) + path, imports.get(path).asText());
            }
        }
    }

    @Test
    public void thePageLoadsItsScriptStylesAndIconFromVersionedAddresses() {
        String main = "/v/" + SiteAssets.hash(files.get("web/app/main.js")) + "/app/main.js";
        assertTrue(page, page.contains("<script type=\"module\" src=\"" + main + "\"></script>"));
        assertTrue(page, page.contains("<link rel=\"stylesheet\" href=\"/v/" + SiteAssets.hash(files.get("web/app/styles.css")) + "/app/styles.css\">"));
        assertTrue(page, page.contains("href=\"/v/" + SiteAssets.hash(files.get("web/app/favicon.svg")) + "/app/favicon.svg\""));
        assertFalse("no unversioned address of the site is left in the page", page.contains("\"/app/main.js\"\n") || page.contains("src=\"/app/"));
        // modulepreload must follow the import map, or the browser ignores the map.
        assertTrue(page.indexOf("modulepreload") > page.indexOf("</script>"));
    }

    @Test
    public void theFirstLoadIsPreloadedAndLeavesEveryOnDemandPageOut() {
        List<String> preloaded = Pattern.compile("<link rel=\"modulepreload\" href=\"([^\"]+)\">").matcher(page).results().map(r -> r.group(1)).toList();
        for (String needed : List.of("/app/main.js", "/app/app.js", "/app/components/trainer-access.js", "/app/components/periods-common.js",
                "/app/components/lazy.js", "/app/messages-fr.js", "/app/messages-fr-followup.js")) {
            assertTrue(needed + " in " + preloaded, preloaded.stream().anyMatch(p -> p.endsWith(needed) && p.startsWith("/v/")));
        }
        assertTrue(preloaded.toString(), preloaded.contains("/webjars/preact/10.24.3/hooks/dist/hooks.module.js"));
        for (String later : ON_DEMAND) {
            assertFalse(later + " is loaded on demand, not preloaded: " + preloaded, preloaded.stream().anyMatch(p -> p.endsWith("/components/" + later)));
        }
    }

    @Test
    public void thePolicyAllowsTheImportMapAsServedAndNoOtherInlineScript() {
        List<String> hashes = ContentSecurityPolicy.inlineScriptHashes(page);
        assertEquals(1, hashes.size());
        String source = new String(files.get(SiteAssets.INDEX), StandardCharsets.UTF_8);
        assertFalse("the rewritten map has another hash", hashes.equals(ContentSecurityPolicy.inlineScriptHashes(source)));
        assertTrue(site.policy(), site.policy().contains("script-src 'self' 'sha256-" + hashes.get(0) + "';"));
    }

    @Test
    public void aVersionedAddressServesTheFileOnlyWhileItHasThatContent() {
        String hash = SiteAssets.hash(files.get("web/app/app.js"));
        SiteAssets.Versioned current = SiteAssets.parseVersioned("/v/" + hash + "/app/app.js").orElseThrow();
        assertEquals("/app/app.js", current.path());
        assertTrue(site.versioned(current).isPresent());
        assertTrue("an older release's address", site.versioned(new SiteAssets.Versioned("0123456789ab", "/app/app.js")).isEmpty());
        assertTrue(site.versioned(new SiteAssets.Versioned(hash, "/app/../index.html")).isEmpty());
        for (String other : new String[] {"/v/" + hash + "/index.html", "/v/short/app/app.js", "/v/" + hash.toUpperCase() + "/app/app.js", "/app/app.js"}) {
            assertTrue(other, SiteAssets.parseVersioned(other).isEmpty());
        }
    }

    @Test
    public void staticImportsAreReadAndDynamicOnesLeftForLater() {
        String source = "import { h } from 'preact';\nimport {\n  a, b as c,\n} from '/app/x.js';\nimport messages from \"/app/m.js\";\n"
                + "import '/app/side.js';\nexport { y } from './y.js';\nconst later = () => import('/app/later.js');\n// import { z } from '/app/z.js' is a comment\n";
        assertEquals(List.of("preact", "/app/x.js", "/app/m.js", "/app/side.js", "./y.js"), List.copyOf(ModuleGraph.staticImports(source)));
        assertEquals("/app/components/y.js", ModuleGraph.resolve("/app/components/x.js", "./y.js", Map.of()));
        assertEquals("/app/y.js", ModuleGraph.resolve("/app/components/x.js", "../y.js", Map.of()));
        assertEquals(null, ModuleGraph.resolve("/app/x.js", "https://elsewhere.example/y.js", Map.of()));
    }

    @Test
    public void anEmptyImportMapGetsTheModulesWithoutATrailingComma() throws IOException {
        String html = "<script type=\"importmap\">{ \"imports\": {} }</script><script type=\"module\" src=\"/app/a.js\"></script>";
        String served = IndexPage.rewrite(html, Map.of("/app/a.js", "/v/0123456789ab/app/a.js"), List.of("/app/a.js"));
        Matcher map = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(served);
        assertTrue(map.find());
        assertEquals("/v/0123456789ab/app/a.js", new ObjectMapper().readTree(map.group(1)).get("imports").get("/app/a.js").asText());
        assertTrue(served, served.endsWith("<link rel=\"modulepreload\" href=\"/v/0123456789ab/app/a.js\"><script type=\"module\" src=\"/v/0123456789ab/app/a.js\"></script>"));
    }
}
