package org.policymonitor.system.deploy;

/** The default configuration files the services ship, which deploy/ carries copies of. */
final class ShippedFiles {

    static final String SOURCES = "ingest-service/src/main/resources/sources.yaml";
    static final String RULES = "classifier-service/src/main/resources/rules/rules.yaml";

    /** Where deploy/ keeps its copies (inside the Kustomize base: kustomize reads no file outside it). */
    static final String SOURCES_COPY = "deploy/kubernetes/base/config/sources.yaml";
    static final String RULES_COPY = "deploy/kubernetes/base/config/rules.yaml";

    private ShippedFiles() {
    }
}
