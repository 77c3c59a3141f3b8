package org.policymonitor.alert.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.policymonitor.platform.web.SameOrigin;

/**
 * Cross-site request forgery guard for the console's forms. Browsers resend HTTP Basic credentials with any request
 * to this origin, so a page elsewhere could post a form here; every browser names the page's origin
 * ({@code Sec-Fetch-Site}, {@code Origin}, or at least {@code Referer}) on a POST, and a console change is only
 * accepted when that is this site ({@link SameOrigin}). Stricter than the API's guard (platform
 * {@code CrossSiteRequests}), which lets a request that names no origin pass: the console is only used from a browser.
 */
public class SameOriginForms {

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)
                && request.getUriInfo().getPath().startsWith("/console")
                && SameOrigin.of(request) != SameOrigin.Verdict.SAME) {
            return Response.status(403).type("text/plain; charset=utf-8")
                    .entity("Forbidden: a console form must be sent from a console page of this site.").build();
        }
        return null;
    }
}
