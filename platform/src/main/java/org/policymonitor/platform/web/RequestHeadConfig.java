package org.policymonitor.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code policy.http.*}: the request-head limits {@link RequestHeadLimits} keeps (Quarkus's own defaults; Vert.x's
 * decoder limits are raised well above them so that these are answered with a problem, not a bare status).
 */
@ConfigMapping(prefix = "policy.http")
public interface RequestHeadConfig {

    /** Characters of the request line ({@code METHOD target HTTP/1.1}) accepted; a longer one is a 414. */
    @WithDefault("4096")
    int maxRequestLine();

    /** Bytes of the request's headers ({@code name: value} each) accepted; more is a 431. */
    @WithDefault("20480")
    int maxHeaderBytes();
}
