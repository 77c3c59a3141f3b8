package org.policymonitor.alert.delivery.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.policymonitor.alert.config.AlertConfig;
import org.policymonitor.platform.net.AddressPolicy;

import java.util.List;

/**
 * Where webhooks may be sent: public addresses only, unless {@code policy.alert.webhook.allow-private-addresses}
 * or the host is in {@code policy.alert.webhook.allowed-hosts}. Checked when a subscription is saved and again at
 * every send (a name may resolve elsewhere later).
 */
@ApplicationScoped
public class WebhookAddresses {

    private final AddressPolicy policy;

    @Inject
    public WebhookAddresses(AlertConfig config) {
        this.policy = AddressPolicy.of(config.webhook().allowPrivateAddresses(),
                config.webhook().allowedHosts().orElse(List.of()));
    }

    public AddressPolicy policy() {
        return policy;
    }
}
