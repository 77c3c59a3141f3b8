package org.policymonitor.platform.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code OPTIONS} answers the methods of the path asked about ({@link AllowedMethods}), where Quarkus REST would list
 * every method of the resource class the path belongs to ({@code OPTIONS /api/rules/reload} said GET as well).
 * Before matching, so the answer is the same however the path is spelt; a path no resource has goes on to the 404.
 */
public class OptionsAnswer {

    @ServerRequestFilter(preMatching = true)
    public Response options(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        String allow = AllowedMethods.of(request.getUriInfo().getPath());
        return allow == null ? null : Response.ok().header(HttpHeaders.ALLOW, allow).build();
    }
}
