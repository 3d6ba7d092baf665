-- wrk: GET a path picked at random from the file named by BENCH_PATHS (one path per line), with the bearer token
-- of BENCH_TOKEN. Optional pacing: wrk-common.lua.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "wrk-common.lua")

wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
    paths[#paths + 1] = line
end

request = function()
    return wrk.format("GET", paths[math.random(1, #paths)])
end
