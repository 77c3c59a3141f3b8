/**
 * The demo ({@code ./run.sh --demo}): a local web site in the markup of the real sources, its catalogue and the demo's
 * e-mail subscription.
 */
package org.policymonitor.launcher.demo;
