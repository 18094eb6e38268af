package org.passerelle.rest.internal.security;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.rest.internal.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the platform lives, for what it sends outside (issue 9, item 2). The links e-mailed to company trainers carry
 * a secret token: their address never comes from what a request claims (its {@code Host} header can be forged to
 * send the token to another site). It is {@code public.url} when set; otherwise the request's host only if it is one
 * of {@code allowed.hosts}; otherwise no link is sent ({@code 409 public-url-not-configured}).
 * Behind a reverse proxy listed in {@code trusted.proxies} (its IP addresses), its {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host} are believed: the session cookie gets {@code Secure} when the user's connection is HTTPS.
 * All three keys are in etc/org.passerelle.rest.cfg.
 */
public final class PublicAddress {

    /** Earlier releases' system property for the public address; still honoured when the configuration has none. */
    static final String LEGACY_PROPERTY = "passerelle.publicUrl";
    private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);

    private final String publicUrl;
    private final Set<String> allowedHosts;
    private final Set<String> trustedProxies;
    private final int httpsPort;

    /**
     * @param publicUrl      e.g. {@code https://passerelle.lycee.fr} (a path is kept), empty for none
     * @param allowedHosts   host names (no port), comma-separated, accepted from requests when there is no public URL
     * @param trustedProxies IP addresses of reverse proxies whose X-Forwarded-* headers are believed, comma-separated
     * @param httpsPort      the port on which the platform itself serves HTTPS (pax-web's
     *                       {@code org.osgi.service.http.port.secure} when enabled), or -1: a connection is HTTPS when
     *                       it came to that port, never because the request line says {@code https://}
     */
    public PublicAddress(String publicUrl, String allowedHosts, String trustedProxies, int httpsPort) {
        this.httpsPort = httpsPort;
        String url = blank(publicUrl) ? System.getProperty(LEGACY_PROPERTY, "") : publicUrl;
        this.publicUrl = blank(url) ? null : checked(url.trim()).replaceAll("/+$", "");
        this.allowedHosts = list(allowedHosts);
        this.trustedProxies = list(trustedProxies);
        if (this.publicUrl == null) {
            LOG.warn("No public.url in etc/org.passerelle.rest.cfg: links e-mailed to company trainers are sent only from requests to {}. "
                    + "Set public.url to the address users reach the platform at, for instance {}", this.allowedHosts, proposal());
        }
    }

    /** As Blueprint builds it from etc/org.passerelle.rest.cfg and pax-web's HTTPS settings (enabled, port). */
    public static PublicAddress configured(String publicUrl, String allowedHosts, String trustedProxies, String httpsEnabled, String httpsPort) {
        int port = -1;
        if (Boolean.parseBoolean(httpsEnabled == null ? "" : httpsEnabled.trim())) {
            try {
                port = Integer.parseInt(httpsPort.trim());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("org.osgi.service.http.port.secure is not a port: " + httpsPort, e);
            }
        }
        return new PublicAddress(publicUrl, allowedHosts, trustedProxies, port);
    }

    /**
     * The beginning of a trainer's access link, up to the token: {@code <public address>/#/acces/}.
     *
     * @param scheme     the request's scheme ({@code http} or {@code https})
     * @param hostHeader the request's {@code Host} header (host and optional port)
     * @param remoteAddr the address the request came from (a trusted proxy's forwarded headers then win)
     * @param forwardedProto {@code X-Forwarded-Proto}, or null
     * @param forwardedHost  {@code X-Forwarded-Host}, or null
     * @throws ProblemException {@code 409 public-url-not-configured} when the host is not allowed
     */
    public String accessUrlPrefix(String scheme, String hostHeader, String remoteAddr, String forwardedProto, String forwardedHost) {
        if (publicUrl != null) {
            return publicUrl + "/#/acces/";
        }
        boolean proxied = trustedProxies.contains(remoteAddr);
        String host = proxied && !blank(forwardedHost) ? forwardedHost.split(",")[0].trim() : hostHeader;
        String effectiveScheme = proxied && !blank(forwardedProto) ? forwardedProto.split(",")[0].trim().toLowerCase(Locale.ROOT) : scheme;
        if (host == null || !allowedHosts.contains(hostName(host)) || !("http".equals(effectiveScheme) || "https".equals(effectiveScheme))) {
            throw new ProblemException(409, "public-url-not-configured", null, host == null ? "—" : host);
        }
        return effectiveScheme + "://" + host.toLowerCase(Locale.ROOT) + "/#/acces/";
    }

    /**
     * {@link #accessUrlPrefix(String, String, String, String, String)} of this request; its scheme is the
     * connection's (the port it came to), not what the request line claims ({@code POST https://… HTTP/1.1}).
     */
    public String accessUrlPrefix(javax.servlet.http.HttpServletRequest request) {
        return accessUrlPrefix(connectionSecure(request) ? "https" : "http", request.getHeader("Host"), request.getRemoteAddr(),
                request.getHeader("X-Forwarded-Proto"), request.getHeader("X-Forwarded-Host"));
    }

    /** {@link #isSecure(boolean, String, String)} of this request. */
    public boolean isSecure(javax.servlet.http.HttpServletRequest request) {
        return request != null && isSecure(connectionSecure(request), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    /** Whether the connection itself is HTTPS: it came to the platform's HTTPS port. */
    boolean connectionSecure(javax.servlet.http.HttpServletRequest request) {
        return httpsPort > 0 && request.getLocalPort() == httpsPort;
    }

    /** Whether the user's connection is HTTPS: the request's own, or a trusted proxy's {@code X-Forwarded-Proto}. */
    public boolean isSecure(boolean requestSecure, String remoteAddr, String forwardedProto) {
        return requestSecure || trustedProxies.contains(remoteAddr) && forwardedProto != null
                && "https".equalsIgnoreCase(forwardedProto.split(",")[0].trim());
    }

    /** A public address to propose at start: this machine's name, as users on the network would type it. */
    static String proposal() {
        try {
            String name = java.net.InetAddress.getLocalHost().getCanonicalHostName();
            return "https://" + (name.contains(".") ? name : name + ".<domain of the school>");
        } catch (java.io.IOException | RuntimeException e) {
            return "https://passerelle.<domain of the school>";
        }
    }

    /** The host name of a Host header: without its port, in lower case ({@code [::1]:8181} → {@code [::1]}). */
    static String hostName(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        return colon > h.lastIndexOf(']') ? h.substring(0, colon) : h;
    }

    private static String checked(String url) {
        URI uri = URI.create(url);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("public.url must be an http(s) address, not " + url);
        }
        return url;
    }

    private static Set<String> list(String values) {
        return values == null ? Set.of() : Arrays.stream(values.split(",")).map(String::trim).filter(v -> !v.isEmpty())
                .map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
