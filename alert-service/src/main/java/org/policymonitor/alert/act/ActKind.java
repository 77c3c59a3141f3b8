package org.policymonitor.alert.act;

/** The kinds of legal act recognised; the wire names are the prefixes of the normalised ids. */
public enum ActKind {
    /** Presidential decrees and edicts: Указ, Ўказ, Декрет, Дэкрэт; BelTA's English says both Decree and Edict. */
    DECREE("decree"),
    LAW("law"),
    /** Resolutions of the Council of Ministers (the government), not of courts or the UN. */
    RESOLUTION("resolution"),
    DIRECTIVE("directive");

    private final String wire;

    ActKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public String id(String key) {
        return wire + ":" + key;
    }
}
