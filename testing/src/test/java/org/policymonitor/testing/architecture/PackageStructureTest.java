package org.policymonitor.testing.architecture;

/** The test infrastructure keeps the house style it asks of the services: no package cycles, every package explained. */
class PackageStructureTest extends PackageStructureContract {

    PackageStructureTest() {
        super("org.policymonitor.testing", "architecture", "contract", "corpus", "http", "messaging");
    }
}
