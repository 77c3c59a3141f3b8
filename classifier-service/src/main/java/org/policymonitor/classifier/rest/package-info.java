/**
 * The HTTP API (classify, themes, rules, validate, reload) with problem+json errors. Uses {@code engine} and
 * {@code rules}; nothing imports it.
 */
package org.policymonitor.classifier.rest;
