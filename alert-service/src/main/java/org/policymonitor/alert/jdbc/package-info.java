/**
 * JDBC plumbing the stores share: how a statement is prepared when its plan must follow the tables as they are.
 * At the bottom: it imports nothing of the service.
 */
package org.policymonitor.alert.jdbc;
