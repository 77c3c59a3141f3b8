/**
 * GreenMail as both of the project's SMTP servers run it — the launcher's SMTP catcher and the tests' server — with no
 * error of its threads left uncaught.
 */
package org.policymonitor.smtpserver;
