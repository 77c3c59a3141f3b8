/**
 * Story grouping: items about the same event (in any of the three languages) joined into one story, with the
 * features, index and matcher that decide it and the store that keeps it.
 */
package org.policymonitor.alert.story;
