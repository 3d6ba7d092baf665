#!/usr/bin/env bash
# case-service benchmark: case creation through the service vs pgbench single-row inserts at the same concurrency,
# then serial-case look-ups and search on 300,000 cases / 1,000,000 identifiers, each beside pgbench of its SQL.
# Load comes from wrk (a C client, as pgbench is), after a warm-up that lasts until the JIT has settled
# (bench/lib.sh); each figure comes with the CPU the service and PostgreSQL spent per request.
# Needs: the local PostgreSQL on 127.0.0.1:5432 (user postgres), wrk and pgbench (apt-get install wrk
# postgresql-contrib), a JDK 17+. Results: docs/benchmarks.md.
# Usage: bench/cases/run.sh   (CONCURRENCY=8 DURATION=20 PORT=18082 PHASES="create lookup" to change)
# The machine must be otherwise idle: the load average is printed at the start and the end of a run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CONCURRENCY=${CONCURRENCY:-8}
DURATION=${DURATION:-20}
PORT=${PORT:-18082}
PHASES=${PHASES:-create lookup}
DB=fraudlink_cases_bench
PG="-h 127.0.0.1 -U postgres"
OUT=$(mktemp -d)
KEYS="$ROOT/platform/src/test/resources/test-keys"
URL="http://127.0.0.1:$PORT"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
export BENCH_TOKEN
BENCH_TOKEN=$(java "$ROOT/bench/Token.java" "$KEYS/private.pem")

echo "# $(date -u +%FT%TZ) $(nproc) cores, load average:$(cut -d' ' -f1-3 /proc/loadavg)," \
    "concurrency $CONCURRENCY, ${DURATION}s"
jar="$ROOT/case-service/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$jar" ]; then
    (cd "$ROOT" && ./mvnw -B -ntp -o -q -pl case-service package -DskipTests)
fi

if curl -s -o /dev/null "$URL/q/health"; then
    echo "something already answers on port $PORT: stop it, or choose another PORT" >&2
    exit 1
fi
psql $PG -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$((CONCURRENCY * 2)) \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$KEYS/public.pem" MP_JWT_VERIFY_ISSUER=fraudlink-bench \
FRAUDLINK_CASES_HMAC_KEY=bench-only FRAUDLINK_EVENTS_SUBSCRIBERS_ALERTS_URL=http://127.0.0.1:9/none \
QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_LOG_LEVEL=WARN \
    java -jar "$jar" > "$OUT/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fs "$URL/q/health/ready" > /dev/null 2>&1 && break
    sleep 1
done
curl -fs "$URL/q/health/ready" > /dev/null || { cat "$OUT/service.log"; exit 1; }

CREATE=(-t2 -c"$CONCURRENCY" -s "$ROOT/bench/cases/create-case.lua" "$URL/api/v1/cases")
if [[ " $PHASES " == *" create "* ]]; then
echo "## case creation (POST /api/v1/cases, Idempotency-Key, synchronous commit) beside pgbench, same concurrency"
warm_until_steady $SERVICE "${CREATE[@]}"
for round in 1 2; do
    measure_wrk $SERVICE "service, round $round" -d"${DURATION}s" "${CREATE[@]}"
    measure_pgbench "pgbench single-row insert into fraud_case, round $round" $PG -n \
        -f "$ROOT/bench/cases/insert-case.sql" -c "$CONCURRENCY" -j 2 -T "$DURATION" $DB
    measure_pgbench "pgbench: the creation's own statements in one transaction, prepared, round $round" $PG -n \
        -M prepared -f "$ROOT/bench/cases/create-transaction.sql" -c "$CONCURRENCY" -j 2 -T "$DURATION" $DB
done
fi

if [[ " $PHASES " == *" lookup "* ]]; then
echo "## seeding 300,000 cases and 1,000,000 identifiers"
psql $PG -q -d $DB -f "$ROOT/bench/cases/seed.sql"
# Measure the steady state, not the load's aftermath: without these, autovacuum of the 1.3 million new rows and a
# checkpoint spreading their WAL (4-5 minutes at the default settings) run through the look-ups.
psql $PG -q -d $DB -c "VACUUM (ANALYZE)" -c "CHECKPOINT"
psql $PG -Atq -d $DB -c "SELECT '/api/v1/identifiers/' || kind || '/' || value || '/cases'
    FROM case_identifier TABLESAMPLE SYSTEM (1) LIMIT 5000" > "$OUT/lookups.txt"
psql $PG -Atq -d $DB -c "SELECT '/api/v1/cases/' || id || '/related'
    FROM fraud_case TABLESAMPLE SYSTEM (2) WHERE owning_org = 'SEED-PSB' LIMIT 5000" > "$OUT/related.txt"
echo "/api/v1/cases?type=LOAN&minLoss=500000&q=loan&size=50" > "$OUT/search.txt"

echo "## serial look-ups, one connection (unqueued latency) and $CONCURRENCY connections (saturation)"
export BENCH_PATHS
for kind in lookups related; do
    BENCH_PATHS="$OUT/$kind.txt"
    warm_until_steady $SERVICE -t2 -c"$CONCURRENCY" -s "$ROOT/bench/paths.lua" "$URL"
    measure_wrk $SERVICE "$kind, 1 connection" -t1 -c1 -d"${DURATION}s" -s "$ROOT/bench/paths.lua" "$URL"
    measure_wrk $SERVICE "$kind, $CONCURRENCY connections" -t2 -c"$CONCURRENCY" -d"${DURATION}s" \
        -s "$ROOT/bench/paths.lua" "$URL"
done
measure_pgbench "pgbench: the look-up's SQL, prepared, 1 connection" $PG -n -M prepared \
    -f "$ROOT/bench/cases/lookup.sql" -c 1 -T "$DURATION" $DB
measure_pgbench "pgbench: the look-up's SQL, prepared, $CONCURRENCY connections" $PG -n -M prepared \
    -f "$ROOT/bench/cases/lookup.sql" -c "$CONCURRENCY" -j 2 -T "$DURATION" $DB
echo "## search: GET /api/v1/cases?type=LOAN&minLoss=500000&q=loan&size=50 (province)"
BENCH_PATHS="$OUT/search.txt"
measure_wrk $SERVICE "search, $CONCURRENCY connections" -t2 -c"$CONCURRENCY" -d"${DURATION}s" \
    -s "$ROOT/bench/paths.lua" "$URL"
measure_pgbench "pgbench: the search's SQL" $PG -n -f "$ROOT/bench/cases/search.sql" -c "$CONCURRENCY" -j 2 \
    -T "$DURATION" $DB
fi
echo "# done $(date -u +%FT%TZ), load average:$(cut -d' ' -f1-3 /proc/loadavg)"
