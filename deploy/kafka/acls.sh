#!/usr/bin/env sh
# The users and ACLs of kafka-users.yaml with the Kafka CLI, for a cluster not run by Strimzi:
#   KAFKA_BIN=/opt/kafka/bin BOOTSTRAP=kafka-0:9093 ADMIN_CONFIG=admin.properties \
#   INGEST_PASSWORD=... CLASSIFIER_PASSWORD=... ALERT_PASSWORD=... deploy/kafka/acls.sh
# admin.properties holds the admin client's SASL_SSL settings. The brokers need an authorizer
# (authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer) and allow.everyone.if.no.acl.found=false.
set -eu
: "${KAFKA_BIN:?}" "${BOOTSTRAP:?}" "${ADMIN_CONFIG:?}" "${INGEST_PASSWORD:?}" "${CLASSIFIER_PASSWORD:?}" "${ALERT_PASSWORD:?}"
acl() { principal="$1"; shift; "$KAFKA_BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --add --allow-principal "User:$principal" "$@"; }
user() { "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --alter \
  --add-config "SCRAM-SHA-512=[password=$2]" --entity-type users --entity-name "$1"; }

user ingest-service "$INGEST_PASSWORD"
acl ingest-service --operation Write --operation Describe --topic policy.items.raw
acl ingest-service --operation Write --operation Describe --topic policy.sources.status
acl ingest-service --operation Write --operation Describe --topic policy.items.changed
acl ingest-service --operation Write --operation Describe --topic policy.items.raw.dlq
acl ingest-service --operation IdempotentWrite --cluster
user classifier-service "$CLASSIFIER_PASSWORD"
acl classifier-service --operation Write --operation Describe --topic policy.items.classified
acl classifier-service --operation Write --operation Describe --topic policy.items.raw.dlq
acl classifier-service --operation Read --operation Describe --topic policy.items.raw
acl classifier-service --operation Read --group classifier-service
acl classifier-service --operation IdempotentWrite --cluster
user alert-service "$ALERT_PASSWORD"
acl alert-service --operation Write --operation Describe --topic policy.items.classified.dlq
acl alert-service --operation Write --operation Describe --topic policy.sources.status.dlq
acl alert-service --operation Write --operation Describe --topic policy.items.changed.dlq
acl alert-service --operation Read --operation Describe --topic policy.items.classified
acl alert-service --operation Read --operation Describe --topic policy.sources.status
acl alert-service --operation Read --operation Describe --topic policy.items.changed
acl alert-service --operation Read --group alert-service
acl alert-service --operation IdempotentWrite --cluster
