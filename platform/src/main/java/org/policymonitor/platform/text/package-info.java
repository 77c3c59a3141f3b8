/**
 * Text helpers every service needs when it shows outside text in a bounded space — a mail subject, a log line, a
 * problem's detail, a chart label — or compares letter by letter (composed, NFC).
 */
package org.policymonitor.platform.text;
