package org.policymonitor.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Refuses a change (any method but GET, HEAD, OPTIONS) that a browser says a page of another site sent: a
 * body-less admin POST ({@code /api/subscriptions/{id}/flush}, {@code /api/deliveries/{id}/retry},
 * {@code /api/sources/{id}/poll}) needs no CORS preflight, so without this a page elsewhere could make the browser of
 * a logged-in admin send it with the admin's saved credentials. The same test as the console's forms
 * ({@link SameOrigin}), but a request that says nothing of its origin passes: curl, scripts and the services among
 * themselves send no {@code Origin}, while every browser does on such a request. 403 problem+json.
 * <p>
 * Before matching, on every path: however a path is spelt ({@code //api/…}, {@code /api;x=1/…}) it is checked.
 */
public class CrossSiteRequests {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response refuseCrossSiteChanges(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || SameOrigin.of(request) != SameOrigin.Verdict.CROSS) {
            return null;
        }
        return Problem.of(403, "a change sent by a page of another site is refused (cross-site request forgery "
                + "guard: the browser named another origin in Sec-Fetch-Site, Origin or Referer); an API client "
                + "sends no Origin, a page must be of this site").toResponse();
    }
}
