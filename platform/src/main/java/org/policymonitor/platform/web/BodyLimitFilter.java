package org.policymonitor.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.ManagementInterface;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose {@code Content-Length} is over {@code quarkus.http.limits.max-body-size} gets 413 as
 * problem+json naming the limit. Quarkus refuses such a request itself, but with an empty body, so a client sees
 * a bare status; this filter answers first (after authentication and the HTTP permissions, so an anonymous caller
 * still gets 401). The management port is filtered the same way, against its own limit. A client that sends {@code Expect: 100-continue} (curl does for large bodies) gets the answer
 * before it sends any of the body.
 * <p>
 * Other clients write the body before or while they read the answer (the JDK's HttpClient, Python's http.client). Until
 * 5 December 2026 the connection was closed as soon as the answer was out, with the body unread: the close reset the
 * connection under the client's writes and the client often (about 1 in 7 on a loaded machine) lost the answer, seeing
 * "header parser received no bytes" or "connection reset" instead of the 413. A body up to {@value #DRAINED_LIMITS}
 * times the limit is now read and dropped, and the connection closed once it is in; a larger one is not worth the
 * reading and the connection is closed at once, as before.
 */
@ApplicationScoped
public class BodyLimitFilter {

    /** How many times the limit a refused body may be and still be read (and dropped) before the connection closes. */
    static final int DRAINED_LIMITS = 4;

    private final long maxBodyBytes;
    private final long maxManagementBodyBytes;

    /*
     * Quarkus's own keys (the limits its HTTP server applies, which this filter answers first), read as properties:
     * a @ConfigMapping of the quarkus.* namespace would claim keys Quarkus's own configuration owns.
     */
    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                           MemorySize maxBodySize,
                           @ConfigProperty(name = "quarkus.management.limits.max-body-size", defaultValue = "10240K")
                           MemorySize maxManagementBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxManagementBodyBytes = maxManagementBodySize.asLongValue();
    }

    void register(@Observes Filters filters) {
        // after authorization (priority 100), before Quarkus's own limit (route order -2)
        filters.register(rc -> filter(rc, maxBodyBytes), SecurityHandlerPriorities.AUTHORIZATION - 10);
    }

    /**
     * The management port (health, metrics, OpenAPI) has its own router, which {@link Filters} does not reach, and its
     * own limit: until 6 December 2026 a body over it got Vert.x's bare 413 there, with no body. Its body handler is the
     * router's first route (Quarkus puts it there, order {@code Integer.MIN_VALUE}) and fails such a request with 413
     * before any handler added later runs, so the problem is answered from the router's first failure handler.
     */
    void registerOnManagement(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (rc.statusCode() == 413 && !rc.response().headWritten()) {
                filter(rc, maxManagementBodyBytes); // a length over the limit: the problem; else on to the next
            } else {
                rc.next();
            }
        });
    }

    void filter(RoutingContext rc, long maxBodyBytes) {
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
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        // the body must not be taken for the next request: the connection is closed once the answer is out and the
        // body read, or at once when the body is too large to be worth reading
        boolean drained = declared <= DRAINED_LIMITS * maxBodyBytes && !request.isEnded();
        if (drained) {
            request.handler(dropped -> {
            });
            request.endHandler(read -> {
                if (response.ended()) {
                    request.connection().close();
                }
            });
            request.resume();
        }
        response.endHandler(ended -> {
            if (!drained || request.isEnded()) {
                request.connection().close();
            }
        });
        response.putHeader(HttpHeaders.CONNECTION, "close");
        problem.send(response);
    }
}
