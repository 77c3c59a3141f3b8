/**
 * Stored items as entities: classified items, their article changes, reviews and source status events.
 */
package org.policymonitor.alert.item;
