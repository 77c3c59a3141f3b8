/**
 * Real HTTP servers for tests, on 127.0.0.1 and free ports: the feeds and pages a service polls ({@code FeedServer},
 * {@code RssFeed}), the webhook receivers it delivers to ({@code WebhookReceiver}), and requests to a Quarkus
 * service's management port ({@code ManagementPort}).
 */
package org.policymonitor.testing.http;
