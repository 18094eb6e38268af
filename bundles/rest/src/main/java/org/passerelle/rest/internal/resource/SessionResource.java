package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.security.AuthenticationService;
import org.passerelle.core.security.SignedIn;
import org.passerelle.core.security.TrainerLinks;
import org.passerelle.rest.internal.dto.Requests;
import org.passerelle.rest.internal.dto.Responses;
import org.passerelle.rest.internal.security.Public;
import org.passerelle.rest.internal.security.PublicAddress;
import org.passerelle.rest.internal.security.SessionCookies;

@Path("/sessions")
@Tag(name = "sign-in")
public class SessionResource {

    private final AuthenticationService authentication;
    private final TrainerLinks trainerLinks;
    private final MeResource me;

    private final PublicAddress publicAddress;

    public SessionResource(AuthenticationService authentication, TrainerLinks trainerLinks, OrganisationService organisation,
                           PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
        this.authentication = authentication;
        this.trainerLinks = trainerLinks;
        this.me = new MeResource(authentication, organisation, trainerLinks);
    }

    @POST
    @Public
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with login and password",
            description = "201 with an opaque token (also set as the HttpOnly cookie passerelle_session). 401 on a wrong login or password; 429 with Retry-After after repeated failures.")
    public Response signIn(Requests.SignIn body, @Context HttpServletRequest http, @Context SecurityContext security) {
        Requests.SignIn form = Bodies.required(body);
        SignedIn signedIn = authentication.signIn(form.login(), form.password(), http == null ? "?" : http.getRemoteAddr());
        return created(signedIn, http);
    }

    @POST
    @Public
    @Path("/trainer-link")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A company trainer opens their e-mailed link: a session with what the link grants",
            description = "401 for an unknown, expired or revoked link.")
    public Response openTrainerLink(Requests.LinkToken body, @Context HttpServletRequest http, @Context SecurityContext security) {
        Requests.LinkToken form = Bodies.required(body);
        return created(trainerLinks.open(form.token(), http == null ? "?" : http.getRemoteAddr()), http);
    }

    /** The session's answer; its cookie is Secure when the user's connection is HTTPS (behind a trusted proxy too). */
    private Response created(SignedIn signedIn, HttpServletRequest http) {
        Responses.Session session = new Responses.Session(signedIn.token(), signedIn.expiresAt(), me.describe(signedIn.caller()));
        return Response.status(201).entity(session)
                .header(HttpHeaders.SET_COOKIE, SessionCookies.header(signedIn.token(), signedIn.expiresAt(), publicAddress.isSecure(http)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @DELETE
    @Public
    @Path("/current")
    @Operation(summary = "Sign out: the session's token stops working at once")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @CookieParam(SessionCookies.NAME) String cookie, @Context HttpServletRequest http) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : cookie;
        authentication.signOut(token);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionCookies.expired(publicAddress.isSecure(http))).build();
    }
}
