package org.policymonitor.launcher.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The ports the kernel gives to outgoing connections: Linux says which in {@code ip_local_port_range} (32768–60999 by
 * default); elsewhere they start at 49152 (IANA's dynamic range, macOS and Windows), so 32768 is below it too.
 * <p>
 * The testing module reads the range the same way for its test servers ({@code EphemeralPorts}, which {@code
 * PortsTest} checks this chooser's ports against): the launcher cannot depend on that test-only module, nor it on the
 * launcher, whose tests use it, and the event contract — the one module both reach — is no place for a port reader.
 */
final class EphemeralRange {

    static final Path LINUX = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    static final int DEFAULT_LOW = 32_768;
    /** Below this a range is not believed: the ports chosen below it would be too few to choose from. */
    private static final int LOWEST_USABLE = Ports.FIRST_CHOSEN + 1_000;

    private EphemeralRange() {
    }

    /** The first port of the range, as the kernel says it now, or {@link #DEFAULT_LOW}. */
    static int low() {
        return low(LINUX);
    }

    static int low(Path file) {
        try {
            // not Files.readString: JDK 17 reads a procfs file, whose size is 0, as its first byte only
            List<String> lines = Files.readAllLines(file);
            int low = Integer.parseInt(lines.get(0).trim().split("\\s+")[0]);
            return low >= LOWEST_USABLE ? low : DEFAULT_LOW;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_LOW;
        }
    }
}
