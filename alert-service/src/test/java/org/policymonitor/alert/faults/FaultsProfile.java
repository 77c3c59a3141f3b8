package org.policymonitor.alert.faults;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.policymonitor.testing.TestSmtp;
import org.policymonitor.testing.net.FreezableProxy;

import java.util.Map;

/**
 * The one application the fault tests that need other settings than the default share: each test profile restarts
 * Quarkus (12–21 s each on the build machine), and each of these overrides is inert for the tests that do not use it.
 * <ul>
 * <li>mails go through {@link #SMTP}, a proxy that forwards every byte until {@code SmtpFreezeTest} freezes it;</li>
 * <li>a webhook request may take 2 min (the default 10 s), as long as a test waits for what it expects
 * ({@code Deadlines.ARRIVES}), so that a send a test holds — {@code StalledReceiverTest}'s stalled exchanges,
 * {@code LeasedDeliveryTest}'s and {@code DatabaseOutageMidFlightTest}'s held ones — never ends at its deadline while
 * the test is still checking, however loaded the machine (no test here waits for that deadline: the tests release
 * what they hold);</li>
 * <li>the throttled commit strategy's unacknowledged-record limit is 1 s (SmallRye's 60 s): {@code DatabaseOutageTest}
 * outlasts it several times over, so that a return to that strategy, which fails the channel for good once the limit
 * passes, would fail that test; with the service's {@code latest} strategy the limit is not read;</li>
 * <li>the consumer waits at most 1 s between attempts to store a batch (the default 30 s), so that the items held
 * during {@code DatabaseOutageTest}'s outage are stored soon after the database returns.</li>
 * </ul>
 */
public class FaultsProfile implements QuarkusTestProfile {

    /**
     * Between the mailer and the test's SMTP server; started before Quarkus reads its configuration, and left open for
     * the whole JVM (a later class of this profile still sends through it; its threads do not outlive the JVM).
     */
    static final FreezableProxy SMTP = new FreezableProxy(TestSmtp.host(), TestSmtp.port());

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.mailer.host", SMTP.host(),
                "quarkus.mailer.port", String.valueOf(SMTP.port()),
                "policy.alert.webhook.request-timeout", "PT2M",
                "mp.messaging.incoming.classified.throttled.unprocessed-record-max-age.ms", "1000",
                "mp.messaging.incoming.source-status.throttled.unprocessed-record-max-age.ms", "1000",
                "mp.messaging.incoming.classified.auto.commit.interval.ms", "500",
                "mp.messaging.incoming.source-status.auto.commit.interval.ms", "500",
                "policy.alert.ingest.max-retry-delay", "PT1S");
    }
}
