package org.policymonitor.alert.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Console pages show items and reviews to one user: no cache keeps them (shared proxies, the back-forward cache of a
 * shared computer). The static script and stylesheet are not pages and may be cached.
 */
public class ConsolePagesNotCached {

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/console")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
