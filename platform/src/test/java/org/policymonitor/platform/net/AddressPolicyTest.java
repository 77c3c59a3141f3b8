package org.policymonitor.platform.net;

import org.junit.jupiter.params.ParameterizedTest;
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
}
