package org.policymonitor.alert.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The two services the console asks on the analysts' behalf. */
@ApplicationScoped
public class RemoteServices {

    private final RemoteApi ingest;
    private final RemoteApi classifier;

    @Inject
    public RemoteServices(ConsoleConfig config) {
        this.ingest = new RemoteApi("ingest-service", config.ingest());
        this.classifier = new RemoteApi("classifier-service", config.classifier());
    }

    public RemoteApi ingest() {
        return ingest;
    }

    public RemoteApi classifier() {
        return classifier;
    }
}
