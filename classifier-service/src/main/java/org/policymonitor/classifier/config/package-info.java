/**
 * The service's settings as {@code @ConfigMapping} interfaces; imports nothing else of the service.
 */
package org.policymonitor.classifier.config;
