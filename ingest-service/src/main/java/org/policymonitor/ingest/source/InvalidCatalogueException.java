package org.policymonitor.ingest.source;

import java.util.List;

/** A catalogue file that cannot be used, with every problem found (path of the field: message). */
public class InvalidCatalogueException extends Exception {

    private final List<String> problems;

    public InvalidCatalogueException(String origin, List<String> problems) {
        super("source catalogue " + origin + " refused: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
