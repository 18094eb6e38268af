package org.passerelle.rest.internal.problem;

import javax.ws.rs.core.UriInfo;

/** The request path as the problem's {@code instance}. */
final class RequestPaths {

    private RequestPaths() {
    }

    static String of(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null; // outside a request (should not happen): the problem is still answered
        }
    }
}
