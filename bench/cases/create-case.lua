-- wrk: POST /api/v1/cases, each with its own Idempotency-Key and loss amount (the token comes from the environment).
-- Each wrk thread gets its own number (setup runs in the main state, init in the thread's): keys and ids must not
-- repeat across threads, or the service would answer replays instead of doing the work.
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end

function init(args)
    math.randomseed(os.time() * 100 + id)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

local counter = 0
request = function()
    counter = counter + 1
    local key = string.format("bench-%d-%d-%d", id, os.time(), counter)
    wrk.headers["Idempotency-Key"] = key
    local body = string.format('{"type":"LOAN","title":"Bench loan app case","region":"150102",'
            .. '"reportedAt":"2026-03-01T08:00:00Z","lossAmount":%d.%02d,"tags":["BENCH"]}',
            math.random(0, 999999), math.random(0, 99))
    return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
    io.write(string.format("non-2xx answers: %d\n", summary.errors.status))
end
