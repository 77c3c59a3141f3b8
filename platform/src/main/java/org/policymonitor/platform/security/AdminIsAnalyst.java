package org.policymonitor.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code admin} may do everything {@code analyst} may: an identity with the admin role also gets the analyst role,
 * whichever way it authenticated (configured users, OIDC), so that no endpoint has to list both.
 */
@ApplicationScoped
public class AdminIsAnalyst implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.ANALYST)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.ANALYST).build());
    }
}
