package org.policymonitor.platform.web;

import io.vertx.core.http.HttpServerResponse;

/**
 * How a service shows a problem on paths people read in a browser (alert's console), for the answers the shared route
 * filters send themselves ({@link RequestHeadLimits}): those run before JAX-RS, so the response filter with which a
 * service turns JAX-RS problems into pages never sees them. A service without such pages has no bean of this type,
 * and every answer stays problem+json.
 */
public interface ProblemPages {

    /**
     * @param path the request's path (normalised)
     * @return true when the path is one of the pages and the problem was sent as one; false to send problem+json
     */
    boolean send(String path, Problem problem, HttpServerResponse response);
}
