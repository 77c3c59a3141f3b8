/** Tests of archived-article changes: the change consumer, item status and versions, change alerts. */
package org.policymonitor.alert.changes;
