package org.policymonitor.alert.console;

/** A console page that cannot be shown: rendered as an HTML error page with this status and message. */
public class ConsoleException extends RuntimeException {

    private final int status;

    public ConsoleException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
