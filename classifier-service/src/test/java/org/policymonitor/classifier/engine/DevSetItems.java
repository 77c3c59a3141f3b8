package org.policymonitor.classifier.engine;

import java.util.List;

/** The labelled dev set as items, for tests and benchmarks outside this package. */
public final class DevSetItems {

    private DevSetItems() {
    }

    public static List<ItemText> load() {
        return LabelledItems.load(LabelledThemeSet.DEV.resource).stream().map(LabelledItems.Labelled::text).toList();
    }
}
