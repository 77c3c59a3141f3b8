/**
 * Small in-memory caches the services keep of things they would otherwise read or compute again, bounded so that
 * nobody's input can make them grow without limit.
 */
package org.policymonitor.platform.cache;
