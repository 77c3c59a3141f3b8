#!/bin/sh
# Refreshes deploy/'s copies of the configuration files the services ship (kustomize reads no file outside its
# folder, so deploy/kubernetes/base keeps copies; docker-compose mounts the same ones). Run after editing
#   ingest-service/src/main/resources/sources.yaml  or  classifier-service/src/main/resources/rules/rules.yaml
# system-tests (ShippedConfigCopiesTest) fails while a copy differs from its original.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
config="$root/deploy/kubernetes/base/config"
cp "$root/ingest-service/src/main/resources/sources.yaml" "$config/sources.yaml"
cp "$root/classifier-service/src/main/resources/rules/rules.yaml" "$config/rules.yaml"
echo "copied sources.yaml and rules.yaml to $config"
