package org.policymonitor.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Checks HTTP Basic credentials against the users of {@link UsersConfig}. Credentials verified a moment ago are
 * answered from the {@link LoginGuard}'s cache without bcrypt; otherwise bcrypt runs on a worker thread, against
 * the dummy hash when the user does not exist (same path, same time as a wrong password). Failures are counted
 * per user and client address, and logged with the user name only.
 */
@ApplicationScoped
public class ConfiguredUsersIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ConfiguredUsersIdentityProvider.class);

    @Inject
    UsersConfig config;

    @Inject
    LoginGuard guard;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String name = request.getUsername();
        UsersConfig.User user = config.users().get(name);
        if (guard.recentlyVerified(name, user, request.getPassword().getPassword())) {
            return Uni.createFrom().item(identity(name, user)); // no bcrypt, no worker thread
        }
        String address = clientAddress(request);
        return context.runBlocking(() -> verify(request, user, address));
    }

    SecurityIdentity verify(UsernamePasswordAuthenticationRequest request, UsersConfig.User user, String address) {
        String name = request.getUsername();
        char[] password = request.getPassword().getPassword();
        boolean matches = PasswordHashes.matches(password, guard.hashToVerify(user));
        guard.passwordChecked();
        if (user == null || !matches) {
            guard.failed(name, address);
            LOG.debugf("authentication failed for user '%s'", name);
            throw new AuthenticationFailedException("invalid credentials");
        }
        guard.verifiedNow(name, user, password);
        return identity(name, user);
    }

    private static SecurityIdentity identity(String name, UsersConfig.User user) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name));
        user.roles().stream().map(String::trim).filter(r -> !r.isEmpty()).forEach(identity::addRole);
        return identity.build();
    }

    private static String clientAddress(UsernamePasswordAuthenticationRequest request) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        return rc == null ? null : LoginThrottleFilter.clientAddress(rc);
    }
}
