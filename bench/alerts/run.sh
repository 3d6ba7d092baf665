#!/usr/bin/env bash
# alert-service benchmark: single warning intake vs pgbench single-row inserts at the same concurrency, batch intake
# (1,000 warnings per request), and the time from a stop-payment issued to readable by the bank.
# Single intake comes from wrk (a C client, as pgbench is) after a warm-up that lasts until the JIT has settled
# (bench/lib.sh), with the CPU the service and PostgreSQL spent per warning.
# Needs: the local PostgreSQL on 127.0.0.1:5432 (user postgres), wrk and pgbench, a JDK 17+.
# Results: docs/benchmarks.md.
# registry-service is replaced by a stand-in (Load.java registry) so the figures are alert-service's own.
# Usage: bench/alerts/run.sh   (CONCURRENCY=8 DURATION=20 PORT=18083 PHASES="single batch stop" to change)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CONCURRENCY=${CONCURRENCY:-8}
BATCH_CONCURRENCY=${BATCH_CONCURRENCY:-2}
DURATION=${DURATION:-20}
PORT=${PORT:-18083}
REGISTRY_PORT=${REGISTRY_PORT:-18181}
PHASES=${PHASES:-single batch stop}
DB=fraudlink_alerts_bench
PG="-h 127.0.0.1 -U postgres"
OUT=$(mktemp -d)
KEYS="$ROOT/platform/src/test/resources/test-keys"
URL="http://127.0.0.1:$PORT"
LOAD=(java "$ROOT/bench/alerts/Load.java")
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
export BENCH_TOKEN
BENCH_TOKEN=$(java "$ROOT/bench/Token.java" "$KEYS/private.pem" partner BANK-A BANK 150000)

echo "# $(date -u +%FT%TZ) $(nproc) cores, load average:$(cut -d' ' -f1-3 /proc/loadavg), concurrency $CONCURRENCY, ${DURATION}s"
jar="$ROOT/alert-service/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$jar" ]; then
    (cd "$ROOT" && ./mvnw -B -ntp -o -q -pl alert-service package -DskipTests)
fi

"${LOAD[@]}" registry "$REGISTRY_PORT" "$KEYS/private.pem" > "$OUT/registry.log" 2>&1 &
REGISTRY=$!
if curl -s -o /dev/null "$URL/q/health"; then
    echo "something already answers on port $PORT: stop it, or choose another PORT" >&2
    exit 1
fi
psql $PG -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$((CONCURRENCY * 2)) \
QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE=2M \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$KEYS/public.pem" MP_JWT_VERIFY_ISSUER=fraudlink-bench \
QUARKUS_REST_CLIENT_REGISTRY_URL="http://127.0.0.1:$REGISTRY_PORT" \
FRAUDLINK_TOKEN_URL="http://127.0.0.1:$REGISTRY_PORT/auth/token" \
FRAUDLINK_SERVICE_CLIENT_ID=bench FRAUDLINK_SERVICE_CLIENT_SECRET=bench \
FRAUDLINK_EVENTS_SUBSCRIBERS_CASES_URL=http://127.0.0.1:9/none \
QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_LOG_LEVEL=WARN \
    java -jar "$jar" > "$OUT/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE $REGISTRY 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fs "$URL/q/health/ready" > /dev/null 2>&1 && break
    sleep 1
done
curl -fs "$URL/q/health/ready" > /dev/null || { cat "$OUT/service.log"; exit 1; }

if [[ " $PHASES " == *" single "* ]]; then
echo "## single intake (POST /api/v1/warnings, synchronous commit) beside pgbench, same concurrency"
SINGLE=(-t2 -c"$CONCURRENCY" -s "$ROOT/bench/alerts/single-warning.lua" "$URL/api/v1/warnings")
warm_until_steady $SERVICE "${SINGLE[@]}"
for round in 1 2; do
    measure_wrk $SERVICE "service, round $round" -d"${DURATION}s" "${SINGLE[@]}"
    measure_pgbench "pgbench single-row insert into warning, round $round" $PG -n \
        -f "$ROOT/bench/alerts/insert-warning.sql" -c "$CONCURRENCY" -j 2 -T "$DURATION" $DB
    measure_pgbench "pgbench: the intake's own statements in one transaction, prepared, round $round" $PG -n \
        -M prepared -f "$ROOT/bench/alerts/intake-transaction.sql" -c "$CONCURRENCY" -j 2 -T "$DURATION" $DB
done
fi

if [[ " $PHASES " == *" batch "* ]]; then
echo "## batch intake (POST /api/v1/warnings/batch, 1,000 warnings per request, concurrency $BATCH_CONCURRENCY)"
"${LOAD[@]}" batch "$URL" "$BATCH_CONCURRENCY" "$DURATION" "$KEYS/private.pem" 1000
fi

if [[ " $PHASES " == *" stop "* ]]; then
echo "## stop-payment issued → readable by the bank (POST then GET /api/v1/interventions/{id} as BANK-A)"
"${LOAD[@]}" stop "$URL" "$CONCURRENCY" "$DURATION" "$KEYS/private.pem"
fi
echo "# done $(date -u +%FT%TZ), load average:$(cut -d' ' -f1-3 /proc/loadavg)"
