package org.policymonitor.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code POST /api/preview} ({@code policy.preview.*}, env {@code POLICY_PREVIEW_*}). */
@ConfigMapping(prefix = "policy.preview")
public interface PreviewConfig {

    /** Let a preview with a URL reach loopback, private and link-local addresses (SSRF otherwise). */
    @WithDefault("false")
    boolean allowPrivateAddresses();
}
