-- Shared by the wrk scripts under bench/ (each loads it with dofile, as wrk takes one script):
--  * a number per wrk thread (`id`): setup runs in the main state, init in the thread's; keys and ids built from it
--    do not repeat across threads, or a service would answer replays instead of doing the work;
--  * pacing, when BENCH_RATE (requests/s in all) and BENCH_CONNECTIONS (wrk's -c) are set: before each request a
--    connection waits a random, exponentially distributed time, so the requests of all connections arrive as a
--    Poisson stream at about that rate. (hey -q, used before 2026-12-07, starts one ticker per worker at the same
--    instant: its workers fire together, and a "fixed rate" was a burst of all of them at once, every period.)
--    Latency counts from the moment a request is sent. The rate reached is a little under BENCH_RATE, as each
--    connection also waits for its answers: read it from wrk's Requests/sec;
--  * the count of non-2xx answers at the end.
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end

function init(args)
    math.randomseed(os.time() * 100 + id)
end

local rate = tonumber(os.getenv("BENCH_RATE") or "")
if rate then
    local mean_ms = 1000 * tonumber(os.getenv("BENCH_CONNECTIONS")) / rate
    function delay()
        return -mean_ms * math.log(1 - math.random())
    end
end

function done(summary, latency, requests)
    io.write(string.format("non-2xx answers: %d\n", summary.errors.status))
end
