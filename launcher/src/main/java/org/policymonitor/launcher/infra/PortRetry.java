package org.policymonitor.launcher.infra;

import java.util.Arrays;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Starts a server on ports chosen free a moment earlier, and chooses again when another process took one in between
 * (a second test suite on the same machine does): PostgreSQL and the Kafka controller must be told their port before
 * they bind it, so the choice and the bind cannot be one step. Only for ports the launcher chose itself; a port the
 * user asked for is never replaced.
 */
public final class PortRetry {

    private static final Logger LOG = Logger.getLogger(PortRetry.class.getName());
    /** Five tries: losing the race once is rare, five times in a row means something else is wrong. */
    public static final int ATTEMPTS = 5;

    private PortRetry() {
    }

    /**
     * Calls {@code start} with {@code ports}; when it fails because one of them is taken, with as many new free ports,
     * up to {@link #ATTEMPTS} times in all. Any other failure, or the last one, is thrown as it is.
     *
     * @param what e.g. "Kafka", for the log line that says a port was chosen again
     */
    public static <T> T start(String what, int[] ports, Function<int[], T> start) {
        int[] current = ports.clone();
        for (int attempt = 1; ; attempt++) {
            try {
                return start.apply(current);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !takenByAnother(e, current)) {
                    throw e;
                }
                int[] again = Arrays.stream(current).map(p -> Ports.free()).toArray();
                int tried = attempt;
                int[] lost = current;
                LOG.warning(() -> what + ": port(s) " + Arrays.toString(lost) + " chosen free were taken by another process"
                        + " before the start (" + e.getMessage() + "); trying " + Arrays.toString(again)
                        + " (attempt " + (tried + 1) + " of " + ATTEMPTS + ")");
                current = again;
            }
        }
    }

    /**
     * A failure to bind, or one of the ports busy now that the start failed (PostgreSQL only says so in its own log):
     * someone else holds the port.
     */
    static boolean takenByAnother(Throwable failure, int[] ports) {
        return Ports.saysPortTaken(failure) || Arrays.stream(ports).anyMatch(p -> !Ports.isFree(p));
    }
}
