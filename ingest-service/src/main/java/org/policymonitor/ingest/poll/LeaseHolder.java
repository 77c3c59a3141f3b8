package org.policymonitor.ingest.poll;

import java.util.UUID;

/**
 * Who holds a source's lease: one poll, not just its instance. The lease row names the instance and a token of the
 * poll ({@code instance#token}), and releasing, renewing and saving match the whole, so that one poll can never give
 * back or use the lease of another poll of the same instance — the scheduler's and an operator's "poll now" run side
 * by side, and a late give-back of a lease the database failed to release must not release the next poll's.
 */
public final class LeaseHolder {

    private static final char SEPARATOR = '#';

    private LeaseHolder() {
    }

    /** A new holder for one poll by {@code instance}. */
    public static String forPoll(String instance) {
        return instance + SEPARATOR + UUID.randomUUID();
    }

    /** The instance part of a holder (what the API shows as the source's poller), or the value as it is. */
    public static String instanceOf(String holder) {
        if (holder == null) {
            return null;
        }
        int at = holder.lastIndexOf(SEPARATOR);
        return at < 0 ? holder : holder.substring(0, at);
    }
}
