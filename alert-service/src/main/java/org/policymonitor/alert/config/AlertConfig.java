package org.policymonitor.alert.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the alert-service ({@code policy.alert.*}; each key has an env override, e.g. POLICY_ALERT_WORKER_INTERVAL). */
@ConfigMapping(prefix = "policy.alert")
public interface AlertConfig {

    /**
     * The classifier's rules file (the one its {@code policy.rules.file} names), whose theme ids subscriptions may
     * use; read again when it changes. Absent: the rules the classifier ships, built into this service.
     */
    Optional<String> rulesFile();

    Worker worker();

    Retry retry();

    Webhook webhook();

    Mail mail();

    Ingest ingest();

    interface Worker {
        /** How often the delivery worker looks for due deliveries (also in @Scheduled). */
        @WithDefault("2s")
        String interval();

        /** Deliveries claimed per tick. */
        @WithDefault("200")
        int batchSize();

        /** Sends running in parallel within one worker instance. */
        @WithDefault("8")
        int concurrency();

        /**
         * Sends to one subscription running at once; a slow or stalled receiver occupies at most this many of the
         * {@link #concurrency()} senders, so the other subscriptions' alerts keep flowing.
         */
        @WithDefault("2")
        int perSubscriptionConcurrency();

        /**
         * How long a claimed delivery stays invisible to other workers; a crashed worker's claims come back after
         * it. Must exceed the longest send timeout; claimed sends that could not start early enough to finish
         * within the lease are left for the next claim rather than risk overlapping another instance.
         */
        @WithDefault("PT5M")
        Duration lease();
    }

    interface Retry {
        /** Delay after the first failed attempt; doubles with each attempt (with jitter). */
        @WithDefault("PT10S")
        Duration baseDelay();

        @WithDefault("PT30M")
        Duration maxDelay();

        /** A delivery still failing this long after it was due is marked dead with its last error. */
        @WithDefault("PT24H")
        Duration maxAge();
    }

    interface Webhook {
        @WithDefault("PT5S")
        Duration connectTimeout();

        @WithDefault("PT10S")
        Duration requestTimeout();

        /**
         * Webhooks may go to private, loopback and other internal addresses (installations whose receivers are
         * internal). Off: a subscription could otherwise make the service probe its own network (SSRF).
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /** Host names that may resolve to private addresses although {@link #allowPrivateAddresses()} is off. */
        Optional<List<String>> allowedHosts();
    }

    interface Mail {
        /** The most a single SMTP send may take before it counts as failed (and is retried). */
        @WithDefault("PT30S")
        Duration sendTimeout();

        /** Subject prefix of every alert mail. */
        @WithDefault("[Policy Monitor]")
        String subjectPrefix();
    }

    interface Ingest {
        /** Longest wait between retries when the database is unavailable while storing consumed records. */
        @WithDefault("PT30S")
        Duration maxRetryDelay();
    }
}
