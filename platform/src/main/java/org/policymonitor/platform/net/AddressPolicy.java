package org.policymonitor.platform.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where outbound requests may go. A URL a user typed (a webhook, a preview) must not make the service probe its own
 * network (SSRF): {@link #publicOnly()} refuses loopback, private, link-local, carrier-grade NAT, multicast,
 * unspecified and reserved addresses, and every IPv6 form that embeds an IPv4 address (IPv4-mapped, IPv4-compatible,
 * 6to4, NAT64, Teredo) as well as IPv6 unique-local and link-local. Hosts on the allow-list may be private (receivers
 * inside the installation). {@link #ANY} allows everything (sources an operator catalogued);
 * {@link #publicOrSites} allows the catalogued sites on their own ports (the links their pages hold).
 * <p>
 * {@link #resolve} resolves the host once and answers the address to connect to: the address checked is the one
 * the {@link PinnedHttpClient} connects to, so a DNS answer that changes between check and connection (rebinding)
 * cannot smuggle a private address in.
 */
public final class AddressPolicy {

    /** Any address: for sources an operator chose. A redirect from a public address to a private one is still refused. */
    public static final AddressPolicy ANY = new AddressPolicy(true, Set.of(), Map.of());

    /** A site's web ports: http's and https's defaults stand for each other (a feed on http, its articles on https). */
    private static final Set<Integer> WEB_PORTS = Set.of(80, 443);

    private final boolean allowPrivate;
    private final Set<String> privateAllowedHosts;
    /** Hosts that may be private on these ports only. */
    private final Map<String, Set<Integer>> privateAllowedPorts;

    private AddressPolicy(boolean allowPrivate, Set<String> privateAllowedHosts,
                          Map<String, Set<Integer>> privateAllowedPorts) {
        this.allowPrivate = allowPrivate;
        this.privateAllowedHosts = privateAllowedHosts;
        this.privateAllowedPorts = privateAllowedPorts;
    }

    public static AddressPolicy publicOnly() {
        return new AddressPolicy(false, Set.of(), Map.of());
    }

    /**
     * Public addresses, and each of {@code sites} — internal or not — on the port its URL names (80 and 443 standing
     * for each other). For links a catalogued site's pages hold (article links): the operator chose the site, not the
     * other services on its host. A host is not a site: on an internal host (the demo's 127.0.0.1, an intranet
     * server) another port is another service — a management port with metrics, an admin API — and a feed's link to
     * it had that service's answer read and published as an article (trial28).
     */
    public static AddressPolicy publicOrSites(Collection<URI> sites) {
        Map<String, Set<Integer>> ports = new HashMap<>();
        for (URI site : sites) {
            int port = portOf(site);
            if (site.getHost() == null || port < 0) {
                continue;
            }
            Set<Integer> hostPorts = ports.computeIfAbsent(nameOf(site.getHost()), h -> new HashSet<>());
            if (WEB_PORTS.contains(port)) {
                hostPorts.addAll(WEB_PORTS);
            } else {
                hostPorts.add(port);
            }
        }
        Map<String, Set<Integer>> frozen = new HashMap<>();
        ports.forEach((host, p) -> frozen.put(host, Set.copyOf(p)));
        return new AddressPolicy(false, Set.of(), Map.copyOf(frozen));
    }

    /**
     * @param allowPrivate       every host may be private (an installation whose receivers are all internal)
     * @param privateAllowedHosts host names that may resolve to private addresses although others may not
     */
    public static AddressPolicy of(boolean allowPrivate, Collection<String> privateAllowedHosts) {
        return new AddressPolicy(allowPrivate, privateAllowedHosts == null ? Set.of() : privateAllowedHosts.stream()
                .map(String::strip).filter(h -> !h.isEmpty()).map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet()), Map.of());
    }

    /** A host as the policy compares it: without IPv6 brackets and the root dot, in lower case. */
    private static String nameOf(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return (bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare).toLowerCase(Locale.ROOT);
    }

    /** The port a request to the URL connects to: the written one, else the scheme's; -1 for another scheme. */
    private static int portOf(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    }

    /** A host resolved once: connect to {@code address}, send {@code host} as Host and TLS server name. */
    public record Resolved(String host, InetAddress address, boolean isPublic) {
    }

    /**
     * Resolves the URL's host once and checks every address it has (an attacker's DNS may answer a public and a
     * private one): all must be allowed.
     *
     * @throws BlockedAddressException when the host is unknown or an address is refused
     */
    public Resolved resolve(URI uri) throws BlockedAddressException {
        String host = uri.getHost();
        refuseNonStandardIpv4(host != null ? host : hostOfAuthority(uri.getRawAuthority()));
        if (host == null || host.isEmpty()) {
            throw new BlockedAddressException("the URL has no host");
        }
        boolean literal = host.startsWith("[") && host.endsWith("]");
        String bare = literal ? host.substring(1, host.length() - 1) : host;
        if (literal && bare.contains("%")) {
            // only link-local addresses have a zone; unparsed ("%25eth0") it would pass as a name not resolving yet
            throw new BlockedAddressException(host + " names a zone (%…, an interface of this machine): a link-local "
                    + "address, refused");
        }
        // the name without its root dot: "localhost." is localhost, and an allowed "hooks.internal" allows "hooks.internal."
        String name = nameOf(host);
        Set<Integer> allowedPorts = privateAllowedPorts.get(name);
        boolean mayBePrivate = allowPrivate || privateAllowedHosts.contains(name)
                || allowedPorts != null && allowedPorts.contains(portOf(uri));
        // RFC 6761: every such name is loopback, whatever a resolver answers (or before it answers at all)
        boolean loopbackName = name.equals("localhost") || name.endsWith(".localhost");
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            if (loopbackName && !mayBePrivate) {
                throw new BlockedAddressException(host + " is a loopback name (RFC 6761), a private or loopback "
                        + "address or another internal address");
            }
            throw new BlockedAddressException("unknown host " + host, true);
        }
        boolean allPublic = !loopbackName && Arrays.stream(addresses).allMatch(AddressPolicy::isPublic);
        if (!allPublic && !mayBePrivate) {
            InetAddress refused = Arrays.stream(addresses).filter(a -> loopbackName || !isPublic(a)).findFirst()
                    .orElseThrow();
            throw new BlockedAddressException(host + " resolves to " + refused.getHostAddress()
                    + ", a private or loopback address or another internal address" + (allowedPorts == null ? ""
                    : "; port " + portOf(uri) + " is not the site's (allowed: " + allowedPorts.stream().sorted()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + ")"));
        }
        return new Resolved(bare, addresses[0], allPublic);
    }

    /**
     * Refused in every policy, the operator's too: {@code 0177.0.0.1} is 127.0.0.1 to a browser, curl or a proxy and
     * 177.0.0.1 to Java, so no check made here would hold for what the URL means elsewhere.
     */
    private static void refuseNonStandardIpv4(String host) throws BlockedAddressException {
        if (host == null) {
            return;
        }
        var meant = Ipv4Forms.nonStandard(host);
        if (meant.isPresent()) {
            throw new BlockedAddressException(host + " is an IPv4 address in a non-standard form ("
                    + (meant.get().equals("invalid") ? "out of range" : meant.get() + " to browsers and curl")
                    + "): write an address as four decimal numbers, a.b.c.d");
        }
    }

    /** The host of an authority {@link URI} could not read as a server ({@code 0x7f.0.0.1}, {@code 127.1}). */
    private static String hostOfAuthority(String authority) {
        if (authority == null) {
            return null;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        return colon >= 0 && !hostPort.endsWith("]") ? hostPort.substring(0, colon) : hostPort;
    }

    /** {@link #resolve} for validation only (a URL being saved). */
    public void check(URI uri) throws BlockedAddressException {
        resolve(uri);
    }

    /**
     * Like {@link #check}, but a name that does not resolve (yet) passes: it cannot point anywhere now, and it is
     * checked again when a request is made. For URLs saved now and used later (webhook subscriptions).
     */
    public void checkIfResolvable(URI uri) throws BlockedAddressException {
        try {
            resolve(uri);
        } catch (BlockedAddressException e) {
            if (!e.unknownHost()) {
                throw e;
            }
        }
    }

    /** True for an address on the public Internet; false for every internal, special or tunnelled form. */
    public static boolean isPublic(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isPublicV4(b, 0);
        }
        if (!(a instanceof Inet6Address) || b.length != 16) {
            return false;
        }
        int first = b[0] & 0xFF;
        if (first == 0xFF) {
            return false; // ff00::/8 multicast
        }
        if ((first & 0xFE) == 0xFC) {
            return false; // fc00::/7 unique local
        }
        if (first == 0xFE && (b[1] & 0xC0) == 0x80 || first == 0xFE && (b[1] & 0xC0) == 0xC0) {
            return false; // fe80::/10 link-local, fec0::/10 site-local
        }
        if (allZero(b, 0, 10)) {
            if ((b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                return isPublicV4(b, 12); // ::ffff:a.b.c.d IPv4-mapped
            }
            if (allZero(b, 10, 12)) {
                return false; // :: unspecified, ::1 loopback, ::a.b.c.d IPv4-compatible (deprecated): refused
            }
        }
        if (first == 0x20 && b[1] == 0x02) {
            return isPublicV4(b, 2); // 2002::/16 6to4 embeds the IPv4 address in bits 16-47
        }
        if (first == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
            // 64:ff9b::/96 well-known NAT64 embeds it in the last 32 bits; 64:ff9b:1::/48 is local-use NAT64
            return allZero(b, 4, 12) && isPublicV4(b, 12);
        }
        if (first == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            return false; // 2001::/32 Teredo: the tunnelled address cannot be known from here
        }
        if (first == 0x01 && allZero(b, 1, 8)) {
            return false; // 100::/64 discard
        }
        return !(first == 0x20 && b[1] == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8); // 2001:db8::/32
    }

    private static boolean isPublicV4(byte[] b, int at) {
        int a0 = b[at] & 0xFF;
        int a1 = b[at + 1] & 0xFF;
        int a2 = b[at + 2] & 0xFF;
        return a0 != 0 // 0/8 "this network", 0.0.0.0 unspecified
                && a0 != 10 // 10/8 private
                && a0 != 127 // loopback
                && !(a0 == 100 && a1 >= 64 && a1 <= 127) // 100.64/10 carrier-grade NAT
                && !(a0 == 169 && a1 == 254) // link-local (cloud metadata 169.254.169.254)
                && !(a0 == 172 && a1 >= 16 && a1 <= 31) // 172.16/12 private
                && !(a0 == 192 && a1 == 168) // 192.168/16 private
                && !(a0 == 192 && a1 == 0 && a2 == 0) // 192.0.0/24 IETF protocol assignments
                && !(a0 == 192 && a1 == 0 && a2 == 2) && !(a0 == 198 && a1 == 51 && a2 == 100)
                && !(a0 == 203 && a1 == 0 && a2 == 113) // documentation
                && !(a0 == 198 && (a1 == 18 || a1 == 19)) // 198.18/15 benchmarking
                && a0 < 224; // 224/4 multicast, 240/4 reserved, 255.255.255.255 broadcast
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The address is refused by the policy. */
    public static final class BlockedAddressException extends Exception {
        private final boolean unknownHost;

        public BlockedAddressException(String message) {
            this(message, false);
        }

        public BlockedAddressException(String message, boolean unknownHost) {
            super(message);
            this.unknownHost = unknownHost;
        }

        /** The name did not resolve (perhaps for a moment), rather than resolving to a refused address. */
        public boolean unknownHost() {
            return unknownHost;
        }
    }
}
