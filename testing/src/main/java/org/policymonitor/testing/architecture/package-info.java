/** Checks of a service's source tree that every service shares: packages import each other top-down, and say what they are for. */
package org.policymonitor.testing.architecture;
