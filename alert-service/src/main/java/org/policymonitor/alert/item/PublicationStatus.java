package org.policymonitor.alert.item;

import org.policymonitor.events.ChangeKind;

import java.util.List;
import java.util.Locale;

/**
 * Where an archived article stands after its changes: as first published, edited since, or taken down. A
 * restoration brings it back to what it was before the removal (edited if any edit came before, else published), so
 * the status never hides that the text an analyst sees differs from the first one.
 */
public enum PublicationStatus {
    PUBLISHED, EDITED, REMOVED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status after these changes, in the order they were seen. */
    public static PublicationStatus after(List<ChangeKind> changesInOrder) {
        boolean edited = false;
        boolean removed = false;
        for (ChangeKind change : changesInOrder) {
            switch (change) {
                case EDITED -> {
                    edited = true;
                    removed = false; // an edit is seen on a page that answers
                }
                case REMOVED -> removed = true;
                case RESTORED -> removed = false;
            }
        }
        return removed ? REMOVED : edited ? EDITED : PUBLISHED;
    }
}
