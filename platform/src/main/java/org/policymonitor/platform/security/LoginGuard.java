package org.policymonitor.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a login goes through besides bcrypt itself: the cache of verified credentials, the dummy hash unknown
 * users are verified against, the throttle of failed attempts, the failure metric
 * ({@code policy_<service>_auth_failures_total{reason}}, reason {@code invalid_credentials} or {@code throttled}) and
 * the count of logins that ran bcrypt ({@code policy_<service>_auth_password_checks_total}).
 */
@ApplicationScoped
public class LoginGuard {

    @Inject
    UsersConfig config;

    @Inject
    MeterRegistry registry;

    /** Quarkus's own key (the metric prefix names the service), read as a property: no mapping of ours owns it. */
    @ConfigProperty(name = "quarkus.application.name", defaultValue = "service")
    String applicationName;

    private VerifiedCredentials verified;
    private LoginThrottle throttle;
    private volatile String dummyHash;
    private volatile Map<String, String> usersSeen = Map.of();
    private Counter invalidCredentials;
    private Counter throttled;
    private Counter passwordChecks;

    void onStart(@Observes StartupEvent event) {
        dummyHash(); // paid at start (bcrypt of the users' cost), not by the first unknown user
    }

    @PostConstruct
    void init() {
        verified = new VerifiedCredentials(config.cache().expiry(), config.cache().maxEntries(), Clock.systemUTC());
        throttle = new LoginThrottle(config.throttle().maxFailuresPerUser(), config.throttle().maxFailuresPerAddress(),
                config.throttle().window(), Clock.systemUTC());
        String prefix = "policy." + serviceName(applicationName) + ".auth.";
        String metric = prefix + "failures";
        invalidCredentials = Counter.builder(metric).description("Failed logins: unknown user or wrong password, "
                + "or refused because of too many failures").tag("reason", "invalid_credentials").register(registry);
        throttled = Counter.builder(metric).tag("reason", "throttled").register(registry);
        passwordChecks = Counter.builder(prefix + "password.checks")
                .description("Logins that ran bcrypt — not answered from the cache of verified credentials, unknown "
                        + "users included (verified against the dummy hash): what logins cost in CPU")
                .register(registry);
    }

    /** "alert-service" → "alert": the metric prefix {@code policy_alert_}. */
    static String serviceName(String applicationName) {
        String name = applicationName == null || applicationName.isBlank() ? "service" : applicationName;
        return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
    }

    /** The user's stored hash, or the dummy hash of the same cost when there is no such user. */
    public String hashToVerify(UsersConfig.User user) {
        return user == null ? dummyHash() : user.passwordHash();
    }

    /** A password was verified with bcrypt (against the user's hash or the dummy one). */
    public void passwordChecked() {
        passwordChecks.increment();
    }

    public boolean recentlyVerified(String name, UsersConfig.User user, char[] password) {
        forgetWhenUsersChanged();
        return user != null && verified.contains(name, user.passwordHash(), password);
    }

    public void verifiedNow(String name, UsersConfig.User user, char[] password) {
        verified.add(name, user.passwordHash(), password);
    }

    public Optional<Duration> blocked(String name, String address) {
        Optional<Duration> wait = throttle.blocked(name, address);
        wait.ifPresent(w -> throttled.increment());
        return wait;
    }

    public void failed(String name, String address) {
        invalidCredentials.increment();
        throttle.failed(name, address);
    }

    /** Users' configuration as name → hash and roles; when it differs from the last seen, no entry is trusted. */
    private void forgetWhenUsersChanged() {
        Map<String, String> now = new TreeMap<>();
        config.users().forEach((name, u) -> now.put(name, u.passwordHash() + " " + u.roles()));
        if (!now.equals(usersSeen)) {
            synchronized (this) {
                if (!now.equals(usersSeen)) {
                    verified.clear();
                    usersSeen = Map.copyOf(now);
                }
            }
        }
    }

    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            synchronized (this) {
                if (dummyHash == null) {
                    int cost = config.users().values().stream().mapToInt(u -> PasswordHashes.cost(u.passwordHash()))
                            .max().orElse(PasswordHashes.DEFAULT_COST);
                    dummyHash = PasswordHashes.dummy(cost);
                }
                h = dummyHash;
            }
        }
        return h;
    }
}
