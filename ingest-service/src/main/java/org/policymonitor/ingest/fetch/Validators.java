package org.policymonitor.ingest.fetch;

/** The validators of a previous answer, sent back for a conditional GET (either may be null). */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
