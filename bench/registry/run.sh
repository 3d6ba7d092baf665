#!/usr/bin/env bash
# Measures registry-service: token issuing (tokens/s) and jurisdiction look-ups (latency, p99), with wrk.
#
#   bench/registry/run.sh            starts the built jar (registry-service/target/quarkus-app) on port 18481 against
#                                    a fresh database fraudlink_registry_bench on 127.0.0.1:5432, then measures
#   REGISTRY_URL=http://host:8081 BENCH_ADMIN_ID=… BENCH_ADMIN_SECRET=… bench/registry/run.sh
#                                    measures a running instance with its bootstrap client
#
# Options (environment): DURATION (default 20s), CONNECTIONS (16), THREADS (2).
# Build first: ./mvnw -B -ntp -o -pl registry-service package -DskipTests
# The machine's load is printed before each run: figures taken while something else runs are not comparable.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DURATION=${DURATION:-20s}
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

# CPU seconds the service process used so far (only when this script started it): divided by the requests served,
# it gives the service's own cost per request, which a busy machine inflates far less than latency or throughput
cpu() { [ -n "$STARTED" ] && awk -v tck="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / tck }' "/proc/$STARTED/stat"; }
measure() {
    local before output requests after
    before=$(cpu)
    output=$(wrk "$@")
    echo "$output"
    requests=$(awk '/requests in/ { print $1 }' <<< "$output")
    after=$(cpu)
    [ -n "$before" ] && awk -v b="$before" -v a="$after" -v n="$requests" \
        'BEGIN { printf "service CPU per request: %.3f ms (%.1f s for %d requests)\n", (a - b) * 1000 / n, a - b, n }'
}

echo "== $(date -u +%FT%TZ), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== warm-up"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$ROOT/bench/registry/token.lua" "$REGISTRY_URL/auth/token" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $POLICE" \
    "$REGISTRY_URL/api/v1/registry/jurisdictions/150102" > /dev/null

echo "== token issuing: POST /auth/token ($DURATION, $CONNECTIONS connections), load: $(cut -d' ' -f1-3 /proc/loadavg)"
measure -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$ROOT/bench/registry/token.lua" \
    "$REGISTRY_URL/auth/token"

echo "== jurisdiction look-up: GET /api/v1/registry/jurisdictions/150102 ($DURATION), load: $(cut -d' ' -f1-3 /proc/loadavg)"
measure -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $POLICE" \
    "$REGISTRY_URL/api/v1/registry/jurisdictions/150102"

echo "== jurisdiction look-up, one connection (latency without queueing), load: $(cut -d' ' -f1-3 /proc/loadavg)"
measure -t1 -c1 -d"$DURATION" --latency -H "Authorization: Bearer $POLICE" \
    "$REGISTRY_URL/api/v1/registry/jurisdictions/150102"
