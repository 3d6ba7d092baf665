# Shared by the bench/*/run.sh scripts (sourced, not run). Needs wrk, pgbench, psql.
#
# Why a warm-up until steady: on two cores the JIT compiler competes with the load for CPU, and a Quarkus write path
# needed 100–150 s under load before C2 stopped compiling (its throughput rose 4x meanwhile). A fixed 15 s warm-up
# measured the compiler, not the service.

# warm_until_steady SERVICE_PID WRK_ARGS... : runs wrk in 15 s rounds until two rounds in a row are within 5 % of
# each other and the JIT compiled for less than a second of CPU in the last round (at least 3, at most 16 rounds).
warm_until_steady() {
    local pid=$1 previous=0 round current c2_before c2_after
    shift
    for round in $(seq 1 16); do
        c2_before=$(jit_ticks "$pid")
        current=$(wrk -d15s "$@" | sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p')
        c2_after=$(jit_ticks "$pid")
        echo "#   warm-up round $round: $current req/s, JIT $(( (c2_after - c2_before) ))0 ms of CPU" >&2
        if [ "$round" -ge 3 ] && [ $(( c2_after - c2_before )) -lt 100 ] \
            && awk -v a="$previous" -v b="$current" 'BEGIN { exit !(a > 0 && (b - a) / a < 0.05 && (a - b) / a < 0.05) }'; then
            return 0
        fi
        previous=$current
    done
}

# CPU ticks (1/100 s) spent by the JVM's compiler threads
jit_ticks() {
    local total=0 task
    for task in /proc/"$1"/task/*; do
        case "$(cat "$task/comm" 2>/dev/null)" in
            C1\ Compiler*|C2\ Compiler*) total=$(( total + $(awk '{print $14 + $15}' "$task/stat") )) ;;
        esac
    done
    echo "$total"
}

# CPU ticks (1/100 s) of one process; of all PostgreSQL processes together: the live ones plus what the
# postmaster's exited children (pgbench's connections' backends, once pgbench ends) spent
process_ticks() { awk '{print $14 + $15}' /proc/"$1"/stat; }
postgres_ticks() {
    local postmaster
    postmaster=$(pgrep -o -x postgres)
    # shellcheck disable=SC2046
    (cd /proc && cat $(printf '%s/stat ' $(pgrep -x postgres)) 2>/dev/null) | awk '{s += $14 + $15} END {print s + 0}'
    awk '{print $16 + $17}' /proc/"$postmaster"/stat
}
postgres_ticks_total() { postgres_ticks | awk '{s += $1} END {print s}'; }

# measure_wrk SERVICE_PID LABEL WRK_ARGS... : one wrk run; prints requests/s, latency percentiles and the CPU the
# service and PostgreSQL spent per request (microseconds), the budget that decides throughput on shared cores.
measure_wrk() {
    local pid=$1 label=$2 out s0 p0 s1 p1
    shift 2
    out=$(mktemp)
    s0=$(process_ticks "$pid"); p0=$(postgres_ticks_total)
    wrk --latency --timeout 30s "$@" > "$out"
    s1=$(process_ticks "$pid"); p1=$(postgres_ticks_total)
    awk -v label="$label" -v s=$(( s1 - s0 )) -v p=$(( p1 - p0 )) '
        /^Requests\/sec:/ { rps = $2 }
        /requests in/ { n = $1 }
        /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
        /Non-2xx|non-2xx/ { bad = $NF }
        /Socket errors/ { errors = $0 }
        END { printf "%s: %.1f req/s, p50 %s p90 %s p99 %s, non-2xx %s; CPU per request: service %.0f us, PostgreSQL %.0f us\n",
              label, rps, p50, p90, p99, bad + 0, s * 10000 / n, p * 10000 / n
              if (errors != "") print "  " errors }' "$out"
    rm -f "$out"
}

# measure_pgbench LABEL PGBENCH_ARGS... : pgbench's tps and latency, and PostgreSQL's CPU per transaction
measure_pgbench() {
    local label=$1 out p0 p1
    shift
    out=$(mktemp)
    p0=$(postgres_ticks_total)
    pgbench "$@" > "$out" 2>&1 || grep -m3 "error" "$out" >&2
    p1=$(postgres_ticks_total)
    awk -v label="$label" -v p=$(( p1 - p0 )) '
        /number of transactions actually processed/ { split($0, a, ": "); split(a[2], b, "/"); n = b[1] }
        /latency average/ { lat = $4 " " $5 }
        /^tps/ { tps = $3 }
        /number of failed transactions/ { failed = $5 }
        END { if (n == 0) { printf "%s: no transaction completed\n", label; exit }
              printf "%s: %.1f tps, latency average %s, failed %s; PostgreSQL CPU per transaction %.0f us\n",
              label, tps, lat, failed + 0, p * 10000 / n }' "$out"
    rm -f "$out"
}
