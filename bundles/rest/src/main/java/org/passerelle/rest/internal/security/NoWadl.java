package org.passerelle.rest.internal.security;

import org.apache.cxf.jaxrs.model.wadl.WadlGenerator;

/**
 * Takes the place of CXF's WADL generator, which the cxf-jaxrs feature installs and which would otherwise describe
 * every resource to anyone adding {@code ?_wadl} to a URL (issue 9): such requests are answered 404, which
 * {@link ApiHeaders} turns into problem+json. The API's description is the OpenAPI document.
 */
public class NoWadl extends WadlGenerator {

    public NoWadl() {
        setIgnoreRequests(true);
    }
}
