/**
 * How the REST APIs answer errors: RFC 9457 problem+json for every failure, and input refused at the door (NUL
 * characters).
 */
package org.policymonitor.platform.web;
