package org.passerelle.rest.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.passerelle.rest.internal.problem.ProblemException;

/** Where the link e-mailed to a company trainer points, and when a connection counts as HTTPS. */
public class PublicAddressTest {

    private static final PublicAddress LOCAL = new PublicAddress("", "localhost, 127.0.0.1", "", -1);

    @Test
    public void theConfiguredPublicAddressWinsWhateverTheRequestClaims() {
        PublicAddress configured = new PublicAddress("https://passerelle.lycee-exemple.fr/", "", "", -1);
        assertEquals("https://passerelle.lycee-exemple.fr/#/acces/",
                configured.accessUrlPrefix("http", "evil.example", "203.0.113.9", "https", "evil.example"));
        assertEquals("https://ent.exemple.fr/passerelle/#/acces/",
                new PublicAddress("https://ent.exemple.fr/passerelle", "", "", -1).accessUrlPrefix("http", "x", "1.2.3.4", null, null));
    }

    @Test
    public void withoutOneTheRequestsHostIsUsedOnlyWhenAllowed() {
        assertEquals("http://127.0.0.1:8181/#/acces/", LOCAL.accessUrlPrefix("http", "127.0.0.1:8181", "127.0.0.1", null, null));
        assertEquals("http://localhost:8181/#/acces/", LOCAL.accessUrlPrefix("http", "LOCALHOST:8181", "127.0.0.1", null, null));
        ProblemException forged = assertThrows(ProblemException.class,
                () -> LOCAL.accessUrlPrefix("http", "evil.example:8181", "127.0.0.1", null, null));
        assertEquals(409, forged.status());
        assertEquals("public-url-not-configured", forged.kind());
        assertThrows(ProblemException.class, () -> LOCAL.accessUrlPrefix("http", null, "127.0.0.1", null, null));
        // A host that only looks allowed: the port is cut at the last colon after any IPv6 bracket.
        assertThrows(ProblemException.class, () -> LOCAL.accessUrlPrefix("http", "localhost.evil.example", "127.0.0.1", null, null));
    }

    @Test
    public void forwardedHeadersCountOnlyFromATrustedProxy() {
        PublicAddress proxied = new PublicAddress("", "passerelle.lycee.fr", "10.0.0.2", -1);
        assertEquals("https://passerelle.lycee.fr/#/acces/",
                proxied.accessUrlPrefix("http", "10.0.0.5:8181", "10.0.0.2", "https", "passerelle.lycee.fr"));
        assertThrows(ProblemException.class, () -> proxied.accessUrlPrefix("http", "10.0.0.5:8181", "203.0.113.9", "https", "passerelle.lycee.fr"));
        assertTrue(proxied.isSecure(false, "10.0.0.2", "https"));
        assertFalse("anyone else's X-Forwarded-Proto is ignored", proxied.isSecure(false, "203.0.113.9", "https"));
        assertFalse(proxied.isSecure(false, "10.0.0.2", "http"));
        assertTrue(proxied.isSecure(true, "203.0.113.9", null));
    }

    @Test
    public void aPublicAddressThatIsNotHttpIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new PublicAddress("javascript:alert(1)", "", "", -1));
        assertThrows(IllegalArgumentException.class, () -> new PublicAddress("passerelle.lycee.fr", "", "", -1));
    }

    @Test
    public void hostNamesLoseTheirPort() {
        assertEquals("[::1]", PublicAddress.hostName("[::1]:8181"));
        assertEquals("[::1]", PublicAddress.hostName("[::1]"));
        assertEquals("a.fr", PublicAddress.hostName("A.fr:80"));
    }

    /** A request line saying https:// on the plain port makes nothing secure: only the HTTPS connector's port does. */
    @Test
    public void theConnectionSaysHttpsNotTheRequestLine() {
        PublicAddress plain = PublicAddress.configured("", "127.0.0.1", "", "false", "8443");
        PublicAddress both = PublicAddress.configured("", "127.0.0.1", "", "true", "8443");
        assertFalse(plain.isSecure(request("https", 8181)));
        assertEquals("http://127.0.0.1:8181/#/acces/", plain.accessUrlPrefix(request("https", 8181)));
        assertFalse(both.isSecure(request("https", 8181)));
        assertTrue(both.isSecure(request("https", 8443)));
        assertEquals("https://127.0.0.1:8443/#/acces/", both.accessUrlPrefix(request("https", 8443)));
    }

    /** A request whose scheme (from its request line) and local port are given. */
    private static javax.servlet.http.HttpServletRequest request(String scheme, int localPort) {
        return (javax.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(PublicAddressTest.class.getClassLoader(),
                new Class<?>[] {javax.servlet.http.HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getScheme" -> scheme;
                    case "isSecure" -> "https".equals(scheme);
                    case "getLocalPort" -> localPort;
                    case "getHeader" -> "Host".equals(args[0]) ? "127.0.0.1:" + localPort : null;
                    case "getRemoteAddr" -> "203.0.113.9";
                    default -> null;
                });
    }
}
