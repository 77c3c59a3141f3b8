package org.policymonitor.launcher.infra;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

    @Test
    void freePortsHandedOutBeforeAnyoneBindsThemAreAllDifferent() {
        // the services of a test stack get their ports before any of them binds: a port given twice makes one
        // service fail to start and the other answer the first one's health checks
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = Ports.free();
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
            assertThat(Ports.isFree(port)).isTrue();
        }
    }
}
