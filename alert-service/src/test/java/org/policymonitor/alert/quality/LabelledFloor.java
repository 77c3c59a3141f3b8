package org.policymonitor.alert.quality;

import java.util.List;
import java.util.function.Function;

/**
 * What a quality test asserts on one labelled file, or on one part of it: precision and recall at least its floor,
 * the measured figure rounded down. A set still used to judge a round of changes prints its errors only on request
 * ({@code -D<kind>.<set>.errors=true}): while the code is tuned nobody should see them, or the set stops being unseen.
 *
 * @param resource          the labelled file on the test classpath
 * @param split             the part of the file (each line's split), or null for the whole file
 * @param alwaysPrintErrors true for sets whose errors have guided changes already (tuning sets)
 */
public record LabelledFloor(String resource, String split, double precision, double recall, boolean alwaysPrintErrors) {

    /** The lines of the file that belong to this set. */
    public <T> List<T> select(List<T> lines, Function<T, String> splitOf) {
        return split == null ? lines : lines.stream().filter(l -> split.equals(splitOf.apply(l))).toList();
    }

    /** Whether this run prints the set's errors: always for a tuning set, otherwise only when the property asks. */
    public boolean printErrors(String kind, String set) {
        return alwaysPrintErrors || Boolean.getBoolean(kind + "." + set + ".errors");
    }
}
