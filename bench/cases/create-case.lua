-- wrk: POST /api/v1/cases, each with its own Idempotency-Key and loss amount (the token comes from the environment:
-- BENCH_TOKEN). Per-thread ids and optional pacing: ../wrk-common.lua.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "../wrk-common.lua")

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
