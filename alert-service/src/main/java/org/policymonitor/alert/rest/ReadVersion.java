package org.policymonitor.alert.rest;

import org.policymonitor.platform.web.ProblemException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A save sent with the {@code updatedAt} its sender read is refused (409) when someone else saved in between: two
 * people changing one thing, the second save would drop the first's change unseen (last write wins). A save sent
 * without it goes through. The row is read locked ({@code PESSIMISTIC_WRITE}) before the check, so two saves at the same
 * moment cannot both pass it.
 */
final class ReadVersion {

    private ReadVersion() {
    }

    /**
     * @param what  "subscription 7", "item abc", for the problem's detail
     * @param redo  what to do about it, for the problem's detail
     */
    static void check(String what, Instant read, Instant current, String redo) {
        if (read != null && !read.equals(current)) {
            throw ProblemException.conflict(what + " changed since it was read (updatedAt " + read + ", now " + current
                    + "): read it again and " + redo);
        }
    }

    /** The new {@code updatedAt}, as PostgreSQL keeps it (microseconds): what a save answers is what a later read gives. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
