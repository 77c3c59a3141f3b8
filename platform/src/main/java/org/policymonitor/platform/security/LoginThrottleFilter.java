package org.policymonitor.platform.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.policymonitor.platform.web.Problem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Runs before authentication: a user name or client address that has used up its failed logins gets
 * {@code 429 Too Many Requests} with {@code Retry-After} as problem+json, without bcrypt being run for it. Credentials
 * that were verified a moment ago still pass, so that an attack on a name does not lock out its working sessions.
 */
@ApplicationScoped
public class LoginThrottleFilter {

    @Inject
    LoginGuard guard;

    @Inject
    UsersConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::filter, SecurityHandlerPriorities.AUTHENTICATION + 10);
    }

    void filter(RoutingContext rc) {
        String header = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            rc.next();
            return;
        }
        String user;
        char[] password;
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            user = colon < 0 ? decoded : decoded.substring(0, colon);
            password = colon < 0 ? new char[0] : decoded.substring(colon + 1).toCharArray();
        } catch (IllegalArgumentException notBase64) {
            rc.next(); // the authentication mechanism answers 401
            return;
        }
        Optional<Duration> wait = guard.blocked(user, clientAddress(rc));
        if (wait.isEmpty() || guard.recentlyVerified(user, config.users().get(user), password)) {
            rc.next();
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        Problem problem = Problem.of(429, "too many failed logins for this user or address; try again in "
                + seconds + " s");
        rc.response().putHeader("Retry-After", Long.toString(seconds));
        problem.send(rc.response());
    }

    /** The peer address (the forwarded one when {@code quarkus.http.proxy.proxy-address-forwarding} is on). */
    static String clientAddress(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress();
    }
}
