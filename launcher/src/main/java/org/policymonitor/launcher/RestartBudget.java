package org.policymonitor.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * How often the launcher starts a service again that stopped on its own: at most {@code max} times within
 * {@code window} per service. A service that dies again and again (a broken configuration, a database it cannot
 * read) is left stopped with its log shown, instead of being started in a loop that hides the first failure.
 */
final class RestartBudget {

    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> restarts = new HashMap<>();

    RestartBudget(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    /** Whether {@code service} may be started again now; counts the restart when it may. */
    synchronized boolean tryRestart(String service, Instant now) {
        Deque<Instant> recent = restarts.computeIfAbsent(service, s -> new ArrayDeque<>());
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
            recent.removeFirst();
        }
        if (recent.size() >= max) {
            return false;
        }
        recent.addLast(now);
        return true;
    }

    int max() {
        return max;
    }

    Duration window() {
        return window;
    }
}
