/**
 * Who may call the APIs: users from configuration with bcrypt hashes, the login throttle and cache, the role names,
 * and the secrets a service refuses to start without.
 */
package org.policymonitor.platform.security;
