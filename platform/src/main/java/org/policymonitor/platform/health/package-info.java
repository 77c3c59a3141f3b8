/**
 * What the services' health checks share: checks that may block on a dependency run in the background, so that a
 * probe reads their last outcome and always answers in time.
 */
package org.policymonitor.platform.health;
