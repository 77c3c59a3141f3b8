package org.policymonitor.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which hosts a fetch may reach. The configured sources may be anywhere (an operator chose them); a preview URL
 * typed by a user must not make the service probe the internal network (SSRF), so it refuses loopback, private,
 * link-local and other non-public addresses unless configuration allows them. Every redirect hop is checked.
 */
public interface AddressPolicy {

    AddressPolicy ANY = uri -> {
    };

    /** @throws BlockedAddressException when the URL's host resolves to an address this policy refuses */
    void check(URI uri) throws BlockedAddressException;

    static AddressPolicy publicOnly() {
        return uri -> {
            String host = uri.getHost();
            if (host == null) {
                throw new BlockedAddressException("the URL has no host");
            }
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
            } catch (UnknownHostException e) {
                throw new BlockedAddressException("unknown host " + host);
            }
            for (InetAddress a : addresses) {
                if (!isPublic(a)) {
                    throw new BlockedAddressException(host + " resolves to " + a.getHostAddress()
                            + ", a private or loopback address (set policy.preview.allow-private-addresses=true to allow)");
                }
            }
        };
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) != 0xFC; // fc00::/7 unique local
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first != 0 && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                && !(first == 192 && second == 0 && (b[2] & 0xFF) == 0) && first < 224;
    }

    /** The address is refused by the policy. */
    final class BlockedAddressException extends Exception {
        public BlockedAddressException(String message) {
            super(message);
        }
    }
}
