/**
 * Contracts every service's tests inherit: what operators and clients rely on from any Policy Monitor service,
 * written once and run against each.
 */
package org.policymonitor.testing.contract;
