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
 * The assessment pages' modules (issue 12: school evaluations, the whole-class grid, the learner's dashboard) as the
 * servlet serves them: their texts come with the first load (the « Tableau de bord » links sit on the tutor's and the
 * master's pages), the pages only when opened, so that a tutor on a phone fetches none of the staff's grid.
 */
public class AssessmentAssetsTest {

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
    public void theAssessmentTextsComeWithTheFirstLoad() {
        assertTrue(preloaded.toString(), isPreloaded("/app/messages-fr-assessment.js"));
    }

    @Test
    public void theAssessmentPagesAndApiComeOnlyWhenOpened() {
        for (String later : List.of("/app/assessment-api.js", "/app/components/evaluations-page.js", "/app/components/evaluation-form.js",
                "/app/components/evaluation-grid.js", "/app/components/grid-save.js", "/app/components/dashboard-page.js",
                "/app/components/dashboard-table.js", "/app/components/assessment-common.js")) {
            assertTrue(later + " exists", files.containsKey("web" + later));
            assertFalse(later + " is loaded on demand: " + preloaded, isPreloaded(later));
        }
    }

    @Test
    public void theAssessmentPagesAreImportedOnDemandByTheFrame() {
        String app = new String(files.get("web/app/app.js"), StandardCharsets.UTF_8);
        for (String page : List.of("evaluations-page.js'), 'EvaluationsPage')", "evaluation-form.js'), 'NewEvaluationPage')",
                "evaluation-grid.js'), 'EvaluationGridPage')", "dashboard-page.js'), 'DashboardPage')")) {
            assertTrue(page, app.contains("lazyPage(() => import('/app/components/" + page));
        }
        for (String module : List.of("evaluations-page.js", "evaluation-form.js", "evaluation-grid.js", "dashboard-page.js")) {
            assertFalse(module, ModuleGraph.staticImports(app).contains("/app/components/" + module));
        }
    }
}
