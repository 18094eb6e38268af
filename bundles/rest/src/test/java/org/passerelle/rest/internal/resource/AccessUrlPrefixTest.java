package org.passerelle.rest.internal.resource;

import static org.junit.Assert.assertEquals;

import java.net.URI;
import org.junit.Test;

/** Where the link e-mailed to a company trainer points. */
public class AccessUrlPrefixTest {

    private static final URI BEHIND_PROXY = URI.create("http://127.0.0.1:8181/api/v1/");

    @Test
    public void withoutAPublicAddressTheLinkUsesTheHostTheRequestCameTo() {
        assertEquals("http://127.0.0.1:8181/#/acces/", TrainerResource.accessUrlPrefix(BEHIND_PROXY, null));
        assertEquals("http://127.0.0.1:8181/#/acces/", TrainerResource.accessUrlPrefix(BEHIND_PROXY, "  "));
    }

    @Test
    public void theConfiguredPublicAddressWinsWithOrWithoutItsTrailingSlash() {
        assertEquals("https://passerelle.lycee-exemple.fr/#/acces/", TrainerResource.accessUrlPrefix(BEHIND_PROXY, "https://passerelle.lycee-exemple.fr/"));
        assertEquals("https://ent.exemple.fr/passerelle/#/acces/", TrainerResource.accessUrlPrefix(BEHIND_PROXY, "https://ent.exemple.fr/passerelle"));
    }
}
