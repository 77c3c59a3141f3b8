package org.policymonitor.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Checks HTTP Basic credentials against the users of {@link UsersConfig}. Bcrypt is slow on purpose,
 * so verification runs on a worker thread. Failed attempts are logged with the user name only.
 */
@ApplicationScoped
public class ConfiguredUsersIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ConfiguredUsersIdentityProvider.class);

    @Inject
    UsersConfig config;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request));
    }

    SecurityIdentity verify(UsernamePasswordAuthenticationRequest request) {
        String name = request.getUsername();
        UsersConfig.User user = config.users().get(name);
        if (user == null || !PasswordHashes.matches(request.getPassword().getPassword(), user.passwordHash())) {
            LOG.debugf("authentication failed for user '%s'", name);
            throw new AuthenticationFailedException("invalid credentials");
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name));
        user.roles().stream().map(String::trim).filter(r -> !r.isEmpty()).forEach(identity::addRole);
        return identity.build();
    }
}
