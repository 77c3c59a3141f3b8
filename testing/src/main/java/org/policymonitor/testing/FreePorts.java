package org.policymonitor.testing;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * Free ports for the test servers that must be told their port (GreenMail, PostgreSQL): the choice and the bind are
 * two steps, and another process — a second test suite on the machine — can take the port in between. The server is
 * then started again on another port.
 */
public final class FreePorts {

    private static final Logger LOG = Logger.getLogger(FreePorts.class);
    /** Losing the race once is rare; five times in a row means something else is wrong. */
    static final int ATTEMPTS = 5;

    private FreePorts() {
    }

    /**
     * A port free a moment ago, below the range the kernel gives to outgoing connections: a port of that range, chosen
     * free but not bound yet, can become the local end of any loopback connection meanwhile (Kafka's and PostgreSQL's
     * clients open them all the time), and the server then fails to bind it. Below the range only another process
     * binding that very port can take it, which {@link #startOnFreePort} answers. The launcher's {@code Ports.free()}
     * chooses the same way (production code, which cannot depend on this module).
     */
    public static int pick() {
        int below = ephemeralLow();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = FIRST_CHOSEN + RANDOM.nextInt(below - FIRST_CHOSEN);
            if (isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FIRST_CHOSEN + " and " + below);
    }

    /** Ports below this are left to the well-known and registered services (8080, 9092, 5432…). */
    private static final int FIRST_CHOSEN = 20_000;
    /** Below this a range is not believed: the ports chosen below it would be too few to choose from. */
    private static final int LOWEST_USABLE = FIRST_CHOSEN + 1_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The first port of the kernel's ephemeral range; below {@link #LOWEST_USABLE}, too few would be left below it. */
    private static int ephemeralLow() {
        int low = EphemeralPorts.current().low();
        return low >= LOWEST_USABLE ? low : EphemeralPorts.DEFAULT.low();
    }

    /**
     * Starts a server on a port from {@code ports}; when the start fails and the port is busy (someone else bound it),
     * on the next port, up to {@link #ATTEMPTS} times. Any other failure, or the last one, is thrown as it is.
     */
    static <T> T startOnFreePort(String what, IntSupplier ports, IntFunction<T> start) {
        for (int attempt = 1; ; attempt++) {
            int port = ports.getAsInt();
            try {
                return start.apply(port);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || isFree(port)) {
                    throw e;
                }
                LOG.warnf("%s: port %d, free when chosen, was taken by another process before the start (%s);"
                        + " choosing another (attempt %d of %d)", what, port, e.getMessage(), attempt + 1, ATTEMPTS);
            }
        }
    }

    private static boolean isFree(int port) {
        return isFree(new InetSocketAddress(port)) && isFree(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    private static boolean isFree(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(address, 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
