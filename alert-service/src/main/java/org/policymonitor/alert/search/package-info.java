/**
 * Item and story search as SQL: the filters of the API, console and export, full text, CSV.
 */
package org.policymonitor.alert.search;
