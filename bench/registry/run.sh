#!/usr/bin/env bash
# Measures registry-service: token issuing (tokens/s) and jurisdiction look-ups (latency, p99), with wrk, after a
# warm-up until the JIT has settled, with the CPU the service and PostgreSQL spent per request (bench/lib.sh).
#
#   bench/registry/run.sh            starts the built jar (registry-service/target/quarkus-app) on port 18481 against
#                                    a fresh database fraudlink_registry_bench on 127.0.0.1:5432, then measures
#   REGISTRY_URL=http://host:8081 BENCH_ADMIN_ID=… BENCH_ADMIN_SECRET=… bench/registry/run.sh
#                                    measures a running instance with its bootstrap client (no CPU figures: it
#                                    may run elsewhere)
#
# Options (environment): DURATION (default 20, seconds), CONNECTIONS (16), THREADS (2).
# Build first: ./mvnw -B -ntp -o -pl registry-service package -DskipTests
# The machine's load is printed before each run: figures taken while something else runs are not comparable.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
command -v wrk > /dev/null || { echo "wrk is missing (apt-get install wrk)"; exit 1; }

STARTED=""
cleanup() { [ -n "$STARTED" ] && kill "$STARTED" 2> /dev/null || true; }
trap cleanup EXIT

if [ -z "${REGISTRY_URL:-}" ]; then
    JAR="$ROOT/registry-service/target/quarkus-app/quarkus-run.jar"
    [ -f "$JAR" ] || { echo "$JAR is missing: build registry-service first"; exit 1; }
    WORK=$(mktemp -d)
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS fraudlink_registry_bench WITH (FORCE)" \
        -c "CREATE DATABASE fraudlink_registry_bench" > /dev/null
    REGISTRY_URL=http://localhost:18481
    BENCH_ADMIN_ID=bench-admin
    BENCH_ADMIN_SECRET=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
    QUARKUS_HTTP_PORT=18481 \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/fraudlink_registry_bench \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    FRAUDLINK_CLIENTS_SECRET_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n') \
    FRAUDLINK_SANCTIONS_HMAC_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n') \
    FRAUDLINK_BOOTSTRAP_CLIENT_ID=$BENCH_ADMIN_ID FRAUDLINK_BOOTSTRAP_CLIENT_SECRET=$BENCH_ADMIN_SECRET \
    FRAUDLINK_KEYS_DIR="$WORK/keys" \
    FRAUDLINK_EVENTS_SUBSCRIBERS_ALERTS_URL=http://127.0.0.1:9/none \
    FRAUDLINK_EVENTS_SUBSCRIBERS_GATEWAY_URL=http://127.0.0.1:9/none \
        java -jar "$JAR" > "$WORK/registry.log" 2>&1 &
    STARTED=$!
    for _ in $(seq 1 90); do
        curl -sf "$REGISTRY_URL/q/health/ready" > /dev/null && break
        sleep 1
    done
    curl -sf "$REGISTRY_URL/q/health/ready" > /dev/null || { tail -30 "$WORK/registry.log"; exit 1; }
fi

token() {
    curl -sf -u "$1:$2" -d grant_type=client_credentials "$REGISTRY_URL/auth/token" \
        | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
ADMIN=$(token "$BENCH_ADMIN_ID" "$BENCH_ADMIN_SECRET")
org() {
    curl -s -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
        -d "{\"code\":\"$1\",\"name\":\"$1\",\"type\":\"POLICE\",\"region\":\"$2\"${3:+,\"parentCode\":\"$3\"}}" \
        "$REGISTRY_URL/api/v1/registry/orgs"
}
# a province with its cities and districts, as the look-up meets them
org BENCH-NMG-PSD 150000
org BENCH-HOHHOT-PSB 150100 BENCH-NMG-PSD
org BENCH-XINCHENG-PSB 150102 BENCH-HOHHOT-PSB
org BENCH-HUIMIN-PSB 150103 BENCH-HOHHOT-PSB
CLIENT=$(curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d '{"name":"bench","roles":["police"]}' "$REGISTRY_URL/api/v1/registry/orgs/BENCH-HOHHOT-PSB/clients")
export BENCH_CLIENT_ID=$(sed -E 's/.*"clientId":"([^"]+)".*/\1/' <<< "$CLIENT")
export BENCH_CLIENT_SECRET=$(sed -E 's/.*"clientSecret":"([^"]+)".*/\1/' <<< "$CLIENT")
POLICE=$(token "$BENCH_CLIENT_ID" "$BENCH_CLIENT_SECRET")

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
TOKEN=(-t"$THREADS" -c"$CONNECTIONS" -s "$ROOT/bench/registry/token.lua" "$REGISTRY_URL/auth/token")
LOOKUP=(-H "Authorization: Bearer $POLICE" "$REGISTRY_URL/api/v1/registry/jurisdictions/150102")
# measure LABEL WRK_ARGS...: with the service's and PostgreSQL's CPU per request when this script started the service
measure() {
    if [ -n "$STARTED" ]; then
        measure_wrk "$STARTED" "$@"
    else
        echo "$1:"; shift; wrk --latency "$@" | grep -E "Requests/sec|  (50|99)%|non-2xx"
    fi
}

echo "# $(date -u +%FT%TZ), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "## token issuing: POST /auth/token, $CONNECTIONS connections"
warm_until_steady "${STARTED:-0}" "${TOKEN[@]}"
measure "tokens, $CONNECTIONS connections" -d"${DURATION}s" "${TOKEN[@]}"
echo "## jurisdiction look-up: GET /api/v1/registry/jurisdictions/150102"
warm_until_steady "${STARTED:-0}" -t"$THREADS" -c"$CONNECTIONS" "${LOOKUP[@]}"
measure "look-ups, $CONNECTIONS connections" -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "${LOOKUP[@]}"
measure "look-ups, one connection (latency without queueing)" -t1 -c1 -d"${DURATION}s" "${LOOKUP[@]}"
echo "# done $(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
