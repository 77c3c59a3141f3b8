/**
 * The service's own settings ({@code policy.alert.*}) as one {@code @ConfigMapping}.
 */
package org.policymonitor.alert.config;
