-- wrk: client-credentials token requests with the id and secret from the environment (BENCH_CLIENT_ID,
-- BENCH_CLIENT_SECRET). The non-2xx count: ../wrk-common.lua.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "../wrk-common.lua")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "grant_type=client_credentials&client_id=" .. os.getenv("BENCH_CLIENT_ID")
        .. "&client_secret=" .. os.getenv("BENCH_CLIENT_SECRET")
