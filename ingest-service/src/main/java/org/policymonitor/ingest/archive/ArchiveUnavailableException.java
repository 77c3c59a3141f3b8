package org.policymonitor.ingest.archive;

/** The archive's database could not be used; the work is tried again on the next cycle. */
public final class ArchiveUnavailableException extends RuntimeException {
    public ArchiveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
