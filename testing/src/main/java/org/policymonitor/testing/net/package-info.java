/** Network faults a test plays between a service and a real server: a peer that freezes and later runs again. */
package org.policymonitor.testing.net;
