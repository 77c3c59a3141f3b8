/**
 * Safe HTML fragments the console draws itself: evidence highlighted in item text, SVG bar charts.
 */
package org.policymonitor.alert.console.html;
