/**
 * The REST API ({@code /api/*}): items, stories, subscriptions and deliveries, errors as problem+json.
 */
package org.policymonitor.alert.rest;
