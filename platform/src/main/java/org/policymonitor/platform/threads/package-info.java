/**
 * The services' own background threads: daemon threads named for what they do.
 */
package org.policymonitor.platform.threads;
