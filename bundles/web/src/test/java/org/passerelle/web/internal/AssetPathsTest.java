package org.passerelle.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.junit.Test;

public class AssetPathsTest {

    @Test
    public void theRootIsTheIndexPage() {
        assertEquals(Optional.of("web/index.html"), AssetPaths.entryFor("/"));
        assertEquals(Optional.of("web/index.html"), AssetPaths.entryFor(""));
    }

    @Test
    public void webJarsComeFromTheirOwnFolder() {
        assertEquals(Optional.of("META-INF/resources/webjars/preact/10.24.3/dist/preact.module.js"),
                AssetPaths.entryFor("/webjars/preact/10.24.3/dist/preact.module.js"));
        assertEquals("public, max-age=31536000, immutable", AssetPaths.cacheControl("META-INF/resources/webjars/preact/x.js"));
        assertEquals("no-cache", AssetPaths.cacheControl("web/app/main.js"));
    }

    @Test
    public void nothingOutsideTheSiteIsServed() {
        for (String attack : new String[] {"/../OSGI-INF/blueprint/web.xml", "/app/../../META-INF/MANIFEST.MF", "/%2e%2e/x",
                "//etc/passwd", "/.hidden", "/a\\b", "relative"}) {
            assertTrue(attack, AssetPaths.entryFor(attack).isEmpty());
        }
    }

    @Test
    public void contentTypesFollowTheExtension() {
        assertEquals("text/javascript; charset=UTF-8", AssetPaths.contentType("web/app/main.js"));
        assertEquals("text/html; charset=UTF-8", AssetPaths.contentType("web/index.html"));
        assertEquals("application/octet-stream", AssetPaths.contentType("web/blob"));
    }

    @Test
    public void onlyTextVariesByEncodingAlreadyCompressedFilesDoNot() {
        for (String text : new String[] {"web/app/main.js", "web/index.html", "web/app/styles.css", "web/app/favicon.svg", "web/x.json"}) {
            assertTrue(text, AssetPaths.isText(AssetPaths.contentType(text)));
        }
        for (String compressed : new String[] {"web/logo.png", "web/font.woff2", "web/blob", "web/favicon.ico"}) {
            assertTrue(compressed, !AssetPaths.isText(AssetPaths.contentType(compressed)));
        }
    }
}
