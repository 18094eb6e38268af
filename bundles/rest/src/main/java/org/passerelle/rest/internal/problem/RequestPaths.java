package org.passerelle.rest.internal.problem;

import javax.ws.rs.core.UriInfo;

/** The request path as the problem's {@code instance}. */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String of(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null; // outside a request (should not happen): the problem is still answered
        }
    }
}
