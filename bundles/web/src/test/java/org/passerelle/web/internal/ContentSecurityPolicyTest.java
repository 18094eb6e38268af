package org.passerelle.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

public class ContentSecurityPolicyTest {

    @Test
    public void theImportMapOfTheServedPageIsAllowedByItsHashAndNoOtherInlineScript() throws Exception {
        String html = Files.readString(Path.of("src/main/resources/web/index.html"), StandardCharsets.UTF_8);
        List<String> hashes = ContentSecurityPolicy.inlineScriptHashes(html);
        assertEquals("index.html has one inline script, the import map", 1, hashes.size());
        String policy = ContentSecurityPolicy.forPage(html);
        assertTrue(policy, policy.contains("script-src 'self' 'sha256-" + hashes.get(0) + "';"));
        assertTrue(policy, policy.contains("frame-ancestors 'none'"));
        assertTrue(policy, !policy.contains("unsafe-inline"));
    }

    @Test
    public void theHashIsTheStandardOneOfTheScriptText() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assertEquals(List.of("bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="), ContentSecurityPolicy.inlineScriptHashes("<script>alert(1)</script><script src=\"/a.js\"></script>"));
    }
}
