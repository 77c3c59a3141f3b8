/**
 * The launcher: {@code ./run.sh} starts the whole system on one machine without Docker, and {@link LocalStack} is the
 * same system as a library for the end-to-end tests and the benchmark.
 */
package org.policymonitor.launcher;
