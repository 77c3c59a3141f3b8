/**
 * The packaged services as child processes: which services there are and how each is started, configured and
 * stopped.
 */
package org.policymonitor.launcher.service;
