package org.policymonitor.classifier.engine;

import java.io.IOException;
import java.util.List;

/** The labelled dev set as items, for tests and benchmarks outside this package. */
public final class DevSetItems {

    private DevSetItems() {
    }

    public static List<ItemText> load() throws IOException {
        return DevSetQualityTest.load().stream().map(DevSetQualityTest.Labelled::text).toList();
    }
}
