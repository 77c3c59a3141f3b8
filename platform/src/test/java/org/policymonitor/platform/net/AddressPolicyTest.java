package org.policymonitor.platform.net;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.1.2.3", "172.16.5.4", "172.31.255.255", "192.168.0.10",
            "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.1.1.1",
            "255.255.255.255", "240.0.0.1", "192.0.0.8", "198.18.0.1",
            "::1", "::", "fd00::1", "fc00::1", "fe80::1", "fec0::1", "ff02::1",
            "::ffff:7f00:1", "::ffff:a9fe:a9fe", "::ffff:10.0.0.1", // IPv4-mapped
            "::7f00:1", "::a9fe:a9fe", // IPv4-compatible
            "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::1", // NAT64
            "2002:a9fe:a9fe::", "2002:7f00:1::1", "2002:c0a8:1::", // 6to4
            "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo
            "2001:db8::1", "100::1"})
    void internalAndTunnelledAddressesAreNotPublic(String address) throws Exception {
        assertThat(AddressPolicy.isPublic(InetAddress.getByName(address))).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.32.0.1", "169.253.1.1",
            "2606:2800:220:1::1", "2a00:1450:4001:80b::200e", "::ffff:5db8:d822", "64:ff9b::808:808", "2002:808:808::"})
    void publicAddressesArePublic(String address) throws Exception {
        assertThat(AddressPolicy.isPublic(InetAddress.getByName(address))).as(address).isTrue();
    }

    @Test
    void publicOnlyRefusesAnInternalHostUnlessAllowListed() throws Exception {
        assertThatThrownBy(() -> AddressPolicy.publicOnly().resolve(URI.create("http://localhost:8081/")))
                .isInstanceOf(AddressPolicy.BlockedAddressException.class).hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> AddressPolicy.publicOnly().resolve(URI.create("http://[64:ff9b::a9fe:a9fe]/")))
                .isInstanceOf(AddressPolicy.BlockedAddressException.class);
        AddressPolicy.Resolved allowed = AddressPolicy.of(false, List.of("LocalHost"))
                .resolve(URI.create("http://localhost:8081/"));
        assertThat(allowed.address().isLoopbackAddress()).isTrue();
        assertThat(allowed.isPublic()).isFalse();
        assertThatThrownBy(() -> AddressPolicy.of(false, List.of("localhost")).resolve(URI.create("http://127.0.0.1/")))
                .isInstanceOf(AddressPolicy.BlockedAddressException.class);
        assertThat(AddressPolicy.ANY.resolve(URI.create("http://127.0.0.1/")).isPublic()).isFalse();
    }

    @Test
    void aSiteIsItsHostOnItsPortNotEveryServiceOnTheHost() throws Exception {
        AddressPolicy sites = AddressPolicy.publicOrSites(List.of(URI.create("http://127.0.0.1:8190/rss"),
                URI.create("http://LocalHost./news"), URI.create("http://[::1]:9000/feed")));

        assertThat(sites.resolve(URI.create("http://127.0.0.1:8190/news/1")).isPublic()).isFalse();
        // 80 and 443 are one site's http and https
        assertThat(sites.resolve(URI.create("https://localhost/news/1")).isPublic()).isFalse();
        assertThat(sites.resolve(URI.create("http://localhost:80/a")).isPublic()).isFalse();
        assertThat(sites.resolve(URI.create("http://[::1]:9000/a")).isPublic()).isFalse();
        assertThatThrownBy(() -> sites.resolve(URI.create("http://127.0.0.1:34683/q/metrics")))
                .isInstanceOf(AddressPolicy.BlockedAddressException.class)
                .hasMessageContaining("port 34683 is not the site's (allowed: 8190)");
        assertThatThrownBy(() -> sites.resolve(URI.create("http://127.0.0.1/")))
                .isInstanceOf(AddressPolicy.BlockedAddressException.class);
        assertThatThrownBy(() -> sites.resolve(URI.create("http://localhost:8080/")))
                .isInstanceOf(AddressPolicy.BlockedAddressException.class);
        assertThatThrownBy(() -> sites.resolve(URI.create("http://[::1]:80/")))
                .isInstanceOf(AddressPolicy.BlockedAddressException.class);
        assertThatThrownBy(() -> sites.resolve(URI.create("http://localhost:8190/")))
                .isInstanceOf(AddressPolicy.BlockedAddressException.class);
        assertThat(sites.resolve(URI.create("http://93.184.216.34:8080/")).isPublic()).isTrue();
    }

    /**
     * An IPv4 address written as one number, in octal or hex, or in fewer than four parts is read by browsers, curl
     * and proxies as inet_aton reads it ({@code 0177.0.0.1} is 127.0.0.1), by Java otherwise ({@code 0177.0.0.1} is
     * 177.0.0.1, {@code 0x7f000001} an unknown name that a later resolver may read as 127.0.0.1): refused in every
     * policy, naming the address others read, so the URL saved never means two places.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://2130706433/hook          | 127.0.0.1",
            "http://0177.0.0.1/              | 127.0.0.1",
            "http://0x7f.0.0.1/              | 127.0.0.1",
            "http://0x7f000001/              | 127.0.0.1",
            "http://017700000001/            | 127.0.0.1",
            "http://127.000.000.001/         | 127.0.0.1",
            "http://0xa9.0xfe.0xa9.0xfe/     | 169.254.169.254",
            "http://0251.0376.0251.0376/     | 169.254.169.254",
            "http://10.0x10/                 | 10.0.0.16",
            "http://3232235777./             | 192.168.1.1",
            "http://134744072/               | 8.8.8.8"})
    void anIpv4AddressInANonStandardFormIsRefusedNamingTheAddressOthersRead(String url, String meant) {
        for (AddressPolicy policy : List.of(AddressPolicy.publicOnly(), AddressPolicy.of(true, List.of()), AddressPolicy.ANY)) {
            assertThatThrownBy(() -> policy.resolve(URI.create(url)))
                    .isInstanceOf(AddressPolicy.BlockedAddressException.class)
                    .hasMessageContaining(meant).hasMessageContaining("four decimal numbers")
                    .matches(e -> !((AddressPolicy.BlockedAddressException) e).unknownHost(), "not an unknown host");
        }
    }

    /** RFC 6761: every name under {@code localhost}, with or without the trailing dot, is the machine itself. */
    @ParameterizedTest
    @ValueSource(strings = {"http://localhost./", "http://LocalHost.:8081/", "http://api.localhost/",
            "http://metadata.localhost./"})
    void localhostNamesAreLoopbackWhetherOrNotTheyResolve(String url) throws Exception {
        assertThatThrownBy(() -> AddressPolicy.publicOnly().checkIfResolvable(URI.create(url)))
                .isInstanceOf(AddressPolicy.BlockedAddressException.class).hasMessageContaining("loopback");
        AddressPolicy.of(true, List.of()).checkIfResolvable(URI.create(url));
    }

    /** A zone index ({@code %25eth0}) names an interface of this machine: only link-local addresses have one. */
    @ParameterizedTest
    @ValueSource(strings = {"http://[fe80::1%25eth0]/", "http://[fe80::1%25lo]:8081/", "http://[::1%25eth0]/"})
    void anIpv6AddressWithAZoneIsRefusedEvenWhenItDoesNotResolve(String url) {
        assertThatThrownBy(() -> AddressPolicy.publicOnly().checkIfResolvable(URI.create(url)))
                .isInstanceOf(AddressPolicy.BlockedAddressException.class).hasMessageContaining("zone");
    }

    @Test
    void ordinaryDottedAddressesAreNotTakenForNonStandardForms() throws Exception {
        assertThat(AddressPolicy.publicOnly().resolve(URI.create("http://8.8.8.8/")).address().getHostAddress())
                .isEqualTo("8.8.8.8");
        assertThat(AddressPolicy.ANY.resolve(URI.create("http://127.0.0.1/")).isPublic()).isFalse();
        assertThat(AddressPolicy.ANY.resolve(URI.create("http://10.0.0.1/")).isPublic()).isFalse();
    }

    /** Names that only look numeric are names: resolved (or not, offline) as any name, never refused for their form. */
    @ParameterizedTest
    @ValueSource(strings = {"http://1.2.3.4.5/", "http://123abc/", "http://0x7g/", "http://08.1.2.3.example/",
            "http://1e3/"})
    void namesThatOnlyLookNumericAreNotRefusedForTheirForm(String url) throws Exception {
        try {
            AddressPolicy.publicOnly().resolve(URI.create(url));
        } catch (AddressPolicy.BlockedAddressException e) {
            assertThat(e.getMessage()).as(url).doesNotContain("four decimal numbers");
        }
    }
}
