package org.policymonitor.platform.retry;

import org.policymonitor.platform.text.TextCut;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Tells a failure that will pass (the database is down or busy: wait and retry, keep the partition's order)
 * from one caused by the record itself (bad data: dead-letter it and move on), and says a failure in one line.
 * {@link RetryingExecutor#storing} retries what {@link #isTransient} accepts.
 */
public final class Failures {

    /** SQLSTATE classes: connection exception, transaction rollback, insufficient resources, operator intervention. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58", "HY");
    /**
     * The server going away (admin shutdown, crash shutdown, cannot connect now) — not the rest of class 57: a statement
     * cancelled or timed out (57014) is an answer of a running database.
     */
    private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");

    /** Enough for any real failure; a bound for a pathological one. */
    private static final int MAX_CAUSES = 64;

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // Agroal's "acquisition timeout" and driver I/O errors carry no state: the database is unreachable
                return state == null || state.length() < 2 || TRANSIENT_CLASSES.contains(state.substring(0, 2));
            }
            if (t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.endsWith("TransactionRolledbackException")
                    || name.endsWith("LockAcquisitionException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database cannot be reached at all — refused, cut, shutting down, no connection to be had from the pool —
     * as opposed to one that answered with an error: SQLSTATE class 08 (connection exception), 57P01–57P03 (an
     * administrator's or a crash's shutdown, "cannot connect now"), or a driver or pool failure
     * without a state (a socket I/O error, Agroal's acquisition timeout). Only SQL failures count: a refused
     * connection to another host (a URL preview, a webhook) is not the database being away.
     */
    public static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || state.startsWith("08") || SHUTTING_DOWN.contains(state);
            }
        }
        return false;
    }

    /**
     * The failure and its causes, then what each of them suppressed and their causes, each once: a commit the database
     * cut keeps the driver's error as a suppressed exception of the transaction manager's ("ARJUNA016053: Could not
     * commit transaction" with an {@code XAException} caused by the {@code PSQLException} 57P01), not as a cause.
     */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> chains = new ArrayDeque<>();
        chains.add(failure);
        while (!chains.isEmpty() && found.size() < MAX_CAUSES) {
            List<Throwable> suppressed = new ArrayList<>();
            for (Throwable t = chains.poll(); t != null && seen.add(t); t = t.getCause()) {
                found.add(t);
                suppressed.addAll(Arrays.asList(t.getSuppressed()));
            }
            chains.addAll(suppressed);
        }
        return found;
    }

    /** The failure in one line for logs and dead-letter headers: its message, and the root cause's if different. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = firstLine(failure);
        String text = root == failure || top.contains(firstLine(root)) ? top : top + " (caused by: " + firstLine(root) + ")";
        return TextCut.shortened(text, 500);
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
