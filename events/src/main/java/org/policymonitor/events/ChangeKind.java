package org.policymonitor.events;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What happened to an archived article since its previous version. */
public enum ChangeKind {
    /** The main text changed (markup-only changes never count). */
    EDITED,
    /** The page answered 404 or 410 on two re-checks in a row. */
    REMOVED,
    /** A removed page answers again. */
    RESTORED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
