/**
 * The analyst console ({@code /console}): server-rendered pages over the same queries as the REST API, and the
 * Sources and Rules pages that call the other services.
 */
package org.policymonitor.alert.console;
