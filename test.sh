#!/usr/bin/env bash
# The test command of the README (and of CI): installs the command-line tools the deployment checks call when they
# are missing (Debian packages; the build itself needs only a JDK 17+), then runs every test of every module on a
# real Kafka, PostgreSQL and SMTP server that the build starts itself.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v docker-compose >/dev/null || missing+=(docker-compose)      # validates docker-compose.yml, no engine needed
command -v promtool >/dev/null || missing+=(prometheus)                # checks Prometheus config and alert rules
command -v psql >/dev/null || missing+=(postgresql-client)             # runs deploy/postgres/init-databases.sh
command -v chromium >/dev/null || missing+=(chromium)                  # the console's browser tests (headless)
command -v chromedriver >/dev/null || missing+=(chromium-driver)       # drives it (Selenium uses this one, never a download)
[[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)  # Cyrillic glyphs for the browser
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "test.sh: installing ${missing[*]} (Debian packages used by the deployment checks and browser tests)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test.sh: the deployment checks and browser tests need ${missing[*]} (Debian packages); install them, e.g. sudo apt-get install ${missing[*]}" >&2
  fi
fi
command -v kubectl >/dev/null || echo "test.sh: kubectl (with Kustomize 5.5) is not on the PATH: the Kubernetes checks will fail" >&2

exec ./mvnw -B -ntp verify "$@"
