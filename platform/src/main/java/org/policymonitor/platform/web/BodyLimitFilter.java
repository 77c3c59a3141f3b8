package org.policymonitor.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose {@code Content-Length} is over {@code quarkus.http.limits.max-body-size} gets 413 as
 * problem+json naming the limit. Quarkus refuses such a request itself, but with an empty body, so a client sees
 * a bare status; this filter answers first (after authentication and the HTTP permissions, so an anonymous caller
 * still gets 401) and, like Quarkus, closes the connection rather than read the body.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long maxBodyBytes;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                           MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Filters filters) {
        // after authorization (priority 100), before Quarkus's own limit (route order -2)
        filters.register(this::filter, SecurityHandlerPriorities.AUTHORIZATION - 10);
    }

    void filter(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1; // Quarkus and Vert.x answer a malformed length themselves
        }
        if (declared <= maxBodyBytes) {
            rc.next();
            return;
        }
        Problem problem = Problem.of(413, "the request body has " + declared + " bytes; at most " + maxBodyBytes
                + " are accepted");
        // the unread body must not be taken for the next request: the connection is closed once the answer is out
        rc.response().endHandler(ended -> rc.request().connection().close());
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        problem.send(rc.response());
    }
}
