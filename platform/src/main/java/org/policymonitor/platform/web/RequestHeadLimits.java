package org.policymonitor.platform.web;

import io.quarkus.vertx.http.ManagementInterface;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import java.util.Map;

/**
 * A request line over {@code policy.http.max-request-line} characters is a 414, headers over
 * {@code policy.http.max-header-bytes} a 431 ({@link RequestHeadConfig}), both as problem+json naming the size and the limit, before
 * authentication (nothing of such a request is looked at).
 * <p>
 * Vert.x refuses a request head over {@code quarkus.http.limits.max-initial-line-length} / {@code max-header-size}
 * itself, while decoding it, with an empty body, and Quarkus offers no hook to answer those (the server's
 * invalid-request handler, {@code HttpServer.invalidRequestHandler}, is Vert.x's default and Quarkus creates the
 * server without exposing it). So the shared configuration sets Vert.x's limits well above these (64 KiB each:
 * memory a connection may take while its head arrives) and this filter applies the limits the APIs keep (4096 and
 * 20 KiB, Quarkus's defaults). The management port (health, metrics, OpenAPI) has its own router, which
 * {@link Filters} does not reach, and its own Vert.x limits ({@code quarkus.management.limits.*}, also 64 KiB): the
 * filter is added to that router too. A head beyond Vert.x's own limits still gets Vert.x's bare 414/431 (HTTP/1.0 for
 * an unreadable request line, {@code content-length: 0}, connection closed) on either port.
 * <p>
 * On a service's browser pages ({@link ProblemPages}: alert's console) the refusal is that service's HTML error page
 * instead of problem+json, as the JAX-RS refusals there are.
 */
@ApplicationScoped
public class RequestHeadLimits {

    private final int maxRequestLine;
    private final int maxHeaderBytes;
    private final Instance<ProblemPages> pages;

    public RequestHeadLimits(RequestHeadConfig config, Instance<ProblemPages> pages) {
        this.maxRequestLine = config.maxRequestLine();
        this.maxHeaderBytes = config.maxHeaderBytes();
        this.pages = pages;
    }

    void register(@Observes Filters filters) {
        // before the login throttle (AUTHENTICATION + 10) and authentication: a size is refused unseen
        filters.register(this::filter, SecurityHandlerPriorities.CORS + 10);
    }

    void registerOnManagement(@Observes ManagementInterface management) {
        // first of the management router's routes, as on the API port before everything else that reads a request
        management.router().route().order(Integer.MIN_VALUE).handler(this::filter);
    }

    void filter(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        // as Vert.x counts it: "METHOD target HTTP/1.1"
        int line = request.method().name().length() + 1 + request.uri().length() + 1 + 8;
        if (line > maxRequestLine) {
            refuse(rc, Problem.of(414, "the request line has " + line + " characters; at most " + maxRequestLine
                    + " are accepted (fewer or shorter query parameters)"));
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + 2 + header.getValue().length(); // "name: value"
        }
        if (headers > maxHeaderBytes) {
            refuse(rc, Problem.of(431, "the request's headers have " + headers + " bytes; at most " + maxHeaderBytes
                    + " are accepted"));
            return;
        }
        rc.next();
    }

    private void refuse(RoutingContext rc, Problem problem) {
        if (pages.isResolvable() && pages.get().send(rc.normalizedPath(), problem, rc.response())) {
            return;
        }
        problem.send(rc.response());
    }
}
