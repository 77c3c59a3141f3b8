package org.policymonitor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The ports the kernel gives to outgoing connections (and to servers bound to port 0): where {@link FreePorts} must
 * not choose, and what the tests of a port chooser check its ports against — the testing module's and the launcher's
 * ({@code PortsTest}). Linux says it in {@code ip_local_port_range} (32768–60999 by default); elsewhere it starts at
 * 49152 or above and may run to 65535, so {@link #DEFAULT} lies around both.
 * <p>
 * The launcher reads the first port the same way for its own chooser ({@code infra.EphemeralRange}): production code,
 * which cannot depend on this module, and this module cannot depend on the launcher, whose tests use it; the event
 * contract, the only module both reach, is no place for it. Its {@code PortsTest} holds its ports to this range.
 */
public record EphemeralPorts(int low, int high) {

    /** Where Linux says it. */
    public static final Path LINUX = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Where the range cannot be read: Linux's first port, and the last port of any system's range. */
    public static final EphemeralPorts DEFAULT = new EphemeralPorts(32_768, 65_535);

    /** The range as the kernel says it now, or {@link #DEFAULT}. */
    public static EphemeralPorts current() {
        return of(LINUX);
    }

    /** The range {@code file} says ({@code low high}, blanks or tabs between), or {@link #DEFAULT}. */
    public static EphemeralPorts of(Path file) {
        try {
            // not Files.readString: JDK 17 reads a procfs file, whose size is 0, as its first byte only
            List<String> lines = Files.readAllLines(file);
            String[] bounds = lines.get(0).trim().split("\\s+");
            int low = Integer.parseInt(bounds[0]);
            int high = Integer.parseInt(bounds[1]);
            return low >= 1 && low <= high && high <= 65_535 ? new EphemeralPorts(low, high) : DEFAULT;
        } catch (IOException | RuntimeException e) {
            return DEFAULT;
        }
    }

    /** Whether the kernel may give {@code port} to a connection's local end or to a server bound to port 0. */
    public boolean contains(int port) {
        return port >= low && port <= high;
    }
}
