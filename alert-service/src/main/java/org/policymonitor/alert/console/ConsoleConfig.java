package org.policymonitor.alert.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the analyst console ({@code policy.alert.console.*}, env {@code POLICY_ALERT_CONSOLE_*}). The Sources
 * and Rules pages call ingest-service and classifier-service with a service account of their own; without a URL the
 * page says it is not configured and the rest of the console works.
 */
@ConfigMapping(prefix = "policy.alert.console")
public interface ConsoleConfig {

    /** Time zone of dates until the browser has told its own (IANA id). */
    @WithDefault("UTC")
    String timeZone();

    /** Items per inbox page unless the URL asks for another size (1–200). */
    @WithDefault("50")
    int pageSize();

    Remote ingest();

    Remote classifier();

    /** How to reach another service's API. */
    interface Remote {
        /** Base URL, e.g. http://ingest-service:8081 (ingest needs role admin for "poll now"). */
        Optional<URI> url();

        Optional<String> username();

        Optional<String> password();

        @WithDefault("PT10S")
        Duration timeout();
    }
}
