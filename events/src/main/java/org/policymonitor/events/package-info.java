/**
 * The events the three services exchange over Kafka (raw, classified and changed items, source status), their JSON
 * mapping and the item id every service computes alike: the contract, with no dependency on any service.
 */
package org.policymonitor.events;
