package org.policymonitor.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points Quarkus Mailer of the service under test at a real SMTP server ({@link TestSmtp}). */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.mailer.host", TestSmtp.host(),
                "quarkus.mailer.port", String.valueOf(TestSmtp.port()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM
    }
}
