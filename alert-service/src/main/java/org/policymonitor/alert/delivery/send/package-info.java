/**
 * What a sender is given and what it answers: the alert of one send and the outcome of sending it. Shared by the
 * delivery worker and the channels ({@code email}, {@code webhook}), which import nothing else of {@code delivery}.
 */
package org.policymonitor.alert.delivery.send;
