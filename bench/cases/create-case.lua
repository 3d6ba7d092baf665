-- wrk: POST /api/v1/cases, each with its own Idempotency-Key and loss amount (the token comes from the environment).
math.randomseed(os.time())
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

local counter = 0
request = function()
    counter = counter + 1
    local key = string.format("bench-%d-%d-%d", math.random(1, 1e9), os.time(), counter)
    wrk.headers["Idempotency-Key"] = key
    local body = string.format('{"type":"LOAN","title":"Bench loan app case","region":"150102",'
            .. '"reportedAt":"2026-03-01T08:00:00Z","lossAmount":%d.%02d,"tags":["BENCH"]}',
            math.random(0, 999999), math.random(0, 99))
    return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
    io.write(string.format("non-2xx answers: %d\n", summary.errors.status))
end
