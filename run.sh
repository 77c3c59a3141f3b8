#!/usr/bin/env bash
# Policy Monitor: builds what is missing, then runs the whole system on this machine without Docker —
# Kafka (KRaft), PostgreSQL, an SMTP catcher with a mail page, and the three services — until Ctrl-C.
#
#   ./run.sh            the real sources are polled
#   ./run.sh --demo     offline: bundled sample feeds and pages, a demo subscription, alerts within a minute
#   ./run.sh --help     every option (ports, data folder, catalogue, rules)
#
# Details: launcher/README.md
set -euo pipefail
cd "$(dirname "$0")"

build=true
help=false
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    -h | --help)
      if [ -f launcher/target/launcher.jar ]; then
        help=true
      else
        # the full list is printed by the launcher, which is not built yet: say the essentials without building
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        echo
        echo "Every option (ports, data folder, catalogue, rules) is listed by ./run.sh --help once the launcher is built"
        echo "(the first ./run.sh builds it), and in launcher/README.md."
        exit 0
      fi
      ;;
  esac
done

if ! command -v java >/dev/null 2>&1; then
  echo "run.sh: Java 17 or newer is needed, and 'java' is not on the PATH." >&2
  exit 1
fi
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
if [ -n "$java_major" ] && [ "$java_major" -lt 17 ]; then
  echo "run.sh: Java 17 or newer is needed; 'java' is version $java_major." >&2
  exit 1
fi

# true when the artifact is missing or any file under the given sources is newer than it
stale() {
  local artifact=$1
  shift
  [ -f "$artifact" ] || return 0
  [ -n "$(find "$@" -type f -newer "$artifact" -print -quit 2>/dev/null)" ]
}

shared_sources=(pom.xml events/pom.xml events/src/main platform/pom.xml platform/src/main)
needs_build=false
for service in ingest-service classifier-service alert-service; do
  if stale "$service/target/quarkus-app/quarkus-run.jar" "$service/pom.xml" "$service/src/main" "${shared_sources[@]}"; then
    needs_build=true
  fi
done
if stale launcher/target/launcher.jar launcher/pom.xml launcher/src/main pom.xml events/pom.xml events/src/main \
    smtp-server/pom.xml smtp-server/src/main; then
  needs_build=true
fi

if $needs_build && ! $help; then
  if $build; then
    echo "Building the services and the launcher (first time: a few minutes) …"
    ./mvnw -B -q package -DskipTests -pl ingest-service,classifier-service,alert-service,launcher -am
  else
    echo "run.sh: --no-build given, running the jars as they are (some are missing or older than their sources)." >&2
  fi
fi

# Kafka runs inside the launcher's JVM; the services are separate JVMs (POLICY_SERVICE_JAVA_OPTS).
# exec: Ctrl-C reaches the launcher directly, which stops the services, then Kafka, PostgreSQL and the SMTP catcher.
# shellcheck disable=SC2086
exec java ${LAUNCHER_JAVA_OPTS:--Xms64m -Xmx512m} -cp "launcher/target/launcher.jar:launcher/target/lib/*" org.policymonitor.launcher.Launcher "$@"
