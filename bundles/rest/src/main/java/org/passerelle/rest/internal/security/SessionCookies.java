package org.passerelle.rest.internal.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The browser's session cookie: HttpOnly (scripts never see the token), SameSite=Strict (never sent by another
 * site), Secure when the request came over HTTPS.
 */
public final class SessionCookies {

    public static final String NAME = "passerelle_session";

    private SessionCookies() {
    }

    public static String header(String token, Instant expiresAt, boolean secure) {
        long maxAge = Math.max(0, Duration.between(Instant.now(), expiresAt).getSeconds());
        return NAME + "=" + token + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    public static String expired(boolean secure) {
        return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    static String tokenFrom(java.util.Map<String, javax.ws.rs.core.Cookie> cookies) {
        javax.ws.rs.core.Cookie cookie = cookies.get(NAME);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

}
