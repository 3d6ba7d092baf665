-- wrk: POST /api/v1/warnings, one warning per request from partner BANK-A, each with its own externalId, victim and
-- indicators (the token comes from the environment: BENCH_TOKEN). Per-thread ids and optional pacing:
-- ../wrk-common.lua.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "../wrk-common.lua")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

local counter = 0
local observed = os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 60)
request = function()
    counter = counter + 1
    local body = string.format('{"externalId":"bench-%d-%d-%d","sourceKind":"BANK_RISK_MONITOR",'
            .. '"victim":{"phone":"138%08d","region":"150102"},'
            .. '"indicators":[{"kind":"PHONE","value":"170%08d"},{"kind":"BANK_ACCOUNT","value":"6222%09d%06d"}],'
            .. '"observedAt":"%s","riskHint":"MEDIUM"}',
            id, os.time(), counter, math.random(0, 99999999), math.random(0, 99999999),
            math.random(0, 999999999), math.random(0, 999999), observed)
    return wrk.format(nil, nil, nil, body)
end
