package org.passerelle.web.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The apprenticeship booklet's modules (issue 11, item 5) as the servlet serves them: its texts come with the first load
 * (the links to it sit on pages of several roles), its page and links only when opened.
 */
public class BookletAssetsTest {

    private static final Path WEB = Path.of("src/main/resources/web");
    private static Map<String, byte[]> files;
    private static List<String> preloaded;

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
        String page = new String(SiteAssets.of(files).current(SiteAssets.INDEX).orElseThrow().body(), StandardCharsets.UTF_8);
        preloaded = Pattern.compile("<link rel=\"modulepreload\" href=\"([^\"]+)\">").matcher(page).results().map(r -> r.group(1)).toList();
    }

    private static boolean isPreloaded(String path) {
        return preloaded.stream().anyMatch(p -> p.startsWith("/v/") && p.endsWith(path));
    }

    @Test
    public void theBookletsTextsComeWithTheFirstLoad() {
        assertTrue(preloaded.toString(), isPreloaded("/app/messages-fr-booklet.js"));
    }

    @Test
    public void theBookletsPageApiAndLinksComeOnlyWhenOpened() {
        for (String later : List.of("/app/components/booklet-page.js", "/app/booklet-api.js", "/app/components/booklet-link.js")) {
            assertTrue(later + " exists", files.containsKey("web" + later));
            assertFalse(later + " is loaded on demand: " + preloaded, isPreloaded(later));
        }
    }

    @Test
    public void theBookletPageIsImportedOnDemandByTheFrame() {
        String app = new String(files.get("web/app/app.js"), StandardCharsets.UTF_8);
        assertTrue(app.contains("lazyPage(() => import('/app/components/booklet-page.js'), 'BookletPage')"));
        assertFalse(ModuleGraph.staticImports(app).contains("/app/components/booklet-page.js"));
    }
}
