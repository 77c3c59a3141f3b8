package org.policymonitor.alert.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;

/**
 * Cross-site request forgery guard for the console's forms. Browsers resend HTTP Basic credentials with any request
 * to this origin, so a page elsewhere could post a form here; every browser names the page's origin in {@code Origin}
 * (or at least {@code Referer}) on a POST, and a console change is only accepted when that is this host.
 */
public class SameOriginForms {

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)
                && request.getUriInfo().getPath().startsWith("/console") && !sameOrigin(request)) {
            return Response.status(403).type("text/plain; charset=utf-8")
                    .entity("Forbidden: a console form must be sent from a console page of this site.").build();
        }
        return null;
    }

    static boolean sameOrigin(ContainerRequestContext request) {
        String host = request.getHeaderString("Host");
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.equals("null")) {
            origin = request.getHeaderString("Referer");
        }
        return sameHost(origin, host);
    }

    /** Whether the URL's host[:port] is the request's Host header. */
    static boolean sameHost(String url, String host) {
        if (url == null || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return authority.equalsIgnoreCase(host) || (uri.getPort() == -1 && uri.getHost().equalsIgnoreCase(host));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
