package org.policymonitor.system.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kustomize refuses files outside the kustomization folder, so deploy/ keeps copies of the source catalogue and
 * the rules the services ship; docker-compose mounts the same copies. They must not drift from the originals.
 */
class ShippedConfigCopiesTest {

    @Test
    void sourceCatalogueCopyEqualsTheShippedOne() {
        assertSameContent(ShippedFiles.SOURCES_COPY, ShippedFiles.SOURCES);
    }

    @Test
    void rulesCopyEqualsTheShippedOnes() {
        assertSameContent(ShippedFiles.RULES_COPY, ShippedFiles.RULES);
    }

    private static void assertSameContent(String copy, String shipped) {
        assertThat(Repository.read(Repository.file(copy)))
                .as("%s differs from %s; refresh the copies with deploy/sync-config.sh", copy, shipped)
                .isEqualTo(Repository.read(Repository.file(shipped)));
    }
}
