package org.passerelle.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.junit.Test;

public class MapSettingsTest {

    @Test
    public void noTileServerByDefaultAndNothingMoreAllowed() {
        MapSettings none = MapSettings.of("", "");
        assertEquals(Optional.empty(), none.tileOrigin());
        assertEquals("{\"map\":{\"tileUrl\":\"\",\"attribution\":\"\"}}", none.toJson());
        assertTrue(ContentSecurityPolicy.forPage("<p></p>", none).contains("img-src 'self' data: blob:;"));
    }

    @Test
    public void aTileServerIsAllowedForImagesOnly() {
        MapSettings map = MapSettings.of("https://tiles.example.org:8443/{z}/{x}/{y}.png", "© \"Contributeurs\" <OSM>");
        assertEquals(Optional.of("https://tiles.example.org:8443"), map.tileOrigin());
        String policy = ContentSecurityPolicy.forPage("<p></p>", map);
        assertTrue(policy, policy.contains("img-src 'self' data: blob: https://tiles.example.org:8443;"));
        assertTrue(policy, policy.contains("connect-src 'self';"));
        assertTrue(map.toJson(), map.toJson().contains("\\\"Contributeurs\\\" \\u003cOSM>"));
    }

    @Test
    public void subdomainsAndRefusedUrls() {
        assertEquals(Optional.of("https://*.tile.example.org"), MapSettings.of("https://{s}.tile.example.org/{z}/{x}/{y}.png", "").tileOrigin());
        assertFalse(MapSettings.of("javascript:alert(1)", "").tileOrigin().isPresent());
        assertEquals("", MapSettings.of("ftp://x.org/{z}", "").tileUrl());
    }
}
