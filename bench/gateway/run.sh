#!/usr/bin/env bash
# The gateway's cost: the same read and write endpoints of case-service straight to the service and through the
# gateway, in one run, side by side.
#
#   1. saturation (wrk, closed loop): requests/s direct and through the gateway -> ratio gateway/direct (bar >= 0.6)
#   2. fixed rate at half the direct capacity (wrk paced by bench/wrk-common.lua: a Poisson stream of requests over
#      PACED_CONNECTIONS connections): p50/p99 direct and through the gateway -> p99 added (bar <= 1 ms). Until
#      2026-12-07 this was hey -q, whose workers' tickers start together: its "fixed rate" was a burst of all 16
#      workers at once every period, and the p99 measured how fast a burst drained.
#
# Starts the built jars (case-service on 18582 against a fresh database fraudlink_cases_gwbench on 127.0.0.1:5432,
# the gateway on 18580 in front of it); both trust the test key pair with issuer fraudlink-bench.
#   ./mvnw -B -ntp -o -pl case-service,gateway package -DskipTests && bench/gateway/run.sh
# Options (environment): DURATION (20s), CONNECTIONS (32), THREADS (2), PACED_CONNECTIONS (128), ACCESS_LOG (true).
# Needs wrk (apt-get install wrk), psql, a JDK 17+.
# The client, the gateway, the service and PostgreSQL share this machine's cores: the load average is printed
# before each run, and figures taken while something else runs (a build, another benchmark) are not comparable.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PACED_CONNECTIONS=${PACED_CONNECTIONS:-128}
ACCESS_LOG=${ACCESS_LOG:-true}
DIRECT=http://127.0.0.1:18582
GATEWAY=http://127.0.0.1:18580
KEYS="$ROOT/platform/src/test/resources/test-keys"
DB=fraudlink_cases_gwbench
for tool in wrk psql java curl; do
    command -v "$tool" > /dev/null || { echo "$tool is missing"; exit 1; }
done
for jar in case-service gateway; do
    [ -f "$ROOT/$jar/target/quarkus-app/quarkus-run.jar" ] || { echo "build $jar first (see the header)"; exit 1; }
done

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
WORK=$(mktemp -d)
PIDS=()
cleanup() { [ ${#PIDS[@]} -gt 0 ] && kill "${PIDS[@]}" 2> /dev/null || true; }
trap cleanup EXIT

psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" > /dev/null
QUARKUS_HTTP_PORT=18582 \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$KEYS/public.pem" MP_JWT_VERIFY_ISSUER=fraudlink-bench \
FRAUDLINK_CASES_HMAC_KEY=bench-only FRAUDLINK_EVENTS_SUBSCRIBERS_ALERTS_URL=http://127.0.0.1:9/none \
QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_LOG_LEVEL=WARN \
    java -jar "$ROOT/case-service/target/quarkus-app/quarkus-run.jar" > "$WORK/cases.log" 2>&1 &
PIDS+=($!)
QUARKUS_HTTP_PORT=18580 \
QUARKUS_REST_CLIENT_CASES_URL=$DIRECT \
QUARKUS_REST_CLIENT_REGISTRY_URL=http://127.0.0.1:9 QUARKUS_REST_CLIENT_ALERTS_URL=http://127.0.0.1:9 \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$KEYS/public.pem" MP_JWT_VERIFY_ISSUER=fraudlink-bench \
FRAUDLINK_GATEWAY_RATE_LIMIT_ENABLED=false FRAUDLINK_GATEWAY_ACCESS_LOG=$ACCESS_LOG \
QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    java -jar "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" > "$WORK/gateway.log" 2>&1 &
PIDS+=($!)
for url in $DIRECT $GATEWAY; do
    for _ in $(seq 1 120); do
        curl -sf "$url/q/health/ready" > /dev/null && break
        sleep 1
    done
    curl -sf "$url/q/health/ready" > /dev/null || { tail -30 "$WORK"/*.log; exit 1; }
done

export BENCH_TOKEN=$(java "$ROOT/bench/Token.java" "$KEYS/private.pem")
AUTH="Authorization: Bearer $BENCH_TOKEN"
READ=/api/v1/cases?size=20
echo "$READ" > "$WORK/read-path.txt"
# something to read: 200 cases
for i in $(seq 1 200); do
    curl -sf -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' -H "Idempotency-Key: seed-$i" \
        -d '{"type":"LOAN","title":"Seed case","region":"150102","reportedAt":"2026-03-01T08:00:00Z","lossAmount":100.00}' \
        "$DIRECT/api/v1/cases"
done
curl -sf -o /dev/null -H "$AUTH" "$GATEWAY$READ" || { echo "the gateway does not answer $READ"; tail -30 "$WORK/gateway.log"; exit 1; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
rps() { sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p' "$1"; }
p99_wrk() { sed -nE 's/^ *99% *(.*)$/\1/p' "$1"; }
# a wrk percentile line ("    99%    2.31ms") in milliseconds
pct_ms() { awk -v p="$2%" '$1 == p { v = $2; if (v ~ /us$/) f = 0.001; else if (v ~ /ms$/) f = 1; else f = 1000
                                      sub(/[a-z]+$/, "", v); printf "%.2f", v * f }' "$1"; }
saturate() { # name url [lua]
    if [ -n "${3:-}" ]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$3" "$2" > "$WORK/$1.wrk"
    else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$AUTH" "$2" > "$WORK/$1.wrk"
    fi
}
fixed() { # name url rate [lua]: a Poisson stream of about `rate` requests/s (bench/wrk-common.lua)
    BENCH_RATE=$3 BENCH_CONNECTIONS=$PACED_CONNECTIONS BENCH_PATHS="$WORK/read-path.txt" \
        wrk -t"$THREADS" -c"$PACED_CONNECTIONS" -d"$DURATION" --latency -s "${4:-$ROOT/bench/paths.lua}" "$2" \
        > "$WORK/$1.wrk"
}

echo "# gateway benchmark $(date -u +%FT%TZ), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load at start: $(load)"
# warm_up KIND: until the JIT compilers of gateway and service have settled on that kind of request (bench/lib.sh);
# reads come first and are warmed separately, so that the write warm-up's cases do not grow what a read counts
warm_up() {
    local target
    if [ "$1" = read ]; then target=(-H "$AUTH" "$GATEWAY$READ"); else
        target=(-s "$ROOT/bench/cases/create-case.lua" "$GATEWAY/api/v1/cases"); fi
    warm_until_steady "${PIDS[1]}" -t"$THREADS" -c"$CONNECTIONS" "${target[@]}" 2>> "$WORK/warm-up.log"
    warm_until_steady "${PIDS[0]}" -t"$THREADS" -c"$CONNECTIONS" "${target[@]}" 2>> "$WORK/warm-up.log"
}

echo
echo "| endpoint | run | load before | direct | through gateway | gateway/direct or added |"
echo "| --- | --- | --- | --- | --- | --- |"
for kind in read write; do
    if [ "$kind" = read ]; then path=$READ; lua=""; else path=/api/v1/cases; lua="$ROOT/bench/cases/create-case.lua"; fi
    label="$( [ "$kind" = read ] && echo "GET $READ" || echo "POST /api/v1/cases" )"
    warm_up "$kind"
    before=$(load)
    saturate "$kind-direct" "$DIRECT$path" "$lua"
    saturate "$kind-gateway" "$GATEWAY$path" "$lua"
    d=$(rps "$WORK/$kind-direct.wrk"); g=$(rps "$WORK/$kind-gateway.wrk")
    ratio=$(awk -v d="$d" -v g="$g" 'BEGIN { printf "%.2f", g / d }')
    echo "| $label | saturation, $CONNECTIONS conn., req/s (p99) | $before | $d ($(p99_wrk "$WORK/$kind-direct.wrk")) | $g ($(p99_wrk "$WORK/$kind-gateway.wrk")) | $ratio |"
    rate=$(awk -v d="$d" 'BEGIN { printf "%d", d / 2 }')
    before=$(load)
    fixed "$kind-direct-rate" "$DIRECT$path" "$rate" "$lua"
    fixed "$kind-gateway-rate" "$GATEWAY$path" "$rate" "$lua"
    dp50=$(pct_ms "$WORK/$kind-direct-rate.wrk" 50); dp99=$(pct_ms "$WORK/$kind-direct-rate.wrk" 99)
    gp50=$(pct_ms "$WORK/$kind-gateway-rate.wrk" 50); gp99=$(pct_ms "$WORK/$kind-gateway-rate.wrk" 99)
    added=$(awk -v d="$dp99" -v g="$gp99" 'BEGIN { printf "%+.2f ms", g - d }')
    reached="$(rps "$WORK/$kind-direct-rate.wrk") / $(rps "$WORK/$kind-gateway-rate.wrk")"
    echo "| $label | $rate req/s paced (reached $reached), p50 / p99 ms | $before | $dp50 / $dp99 | $gp50 / $gp99 | $added at p99 |"
done
grep -h "non-2xx" "$WORK"/*.wrk | sort | uniq -c | sed 's/^/# /'
echo "# raw output: $WORK"
