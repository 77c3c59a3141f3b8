/**
 * Stores what the consumers read — classified items and article changes — idempotently, with the alerts they owe
 * written in the same transaction (delivery's outbox). Above {@code item}, {@code story} and {@code delivery}; the
 * {@code messaging} consumers call it.
 */
package org.policymonitor.alert.item.store;
