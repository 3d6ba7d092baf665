-- wrk: GET a path picked at random from the file named by BENCH_PATHS (one path per line), with the bearer token
-- of BENCH_TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
    paths[#paths + 1] = line
end

function init(args)
    math.randomseed(os.time() * 100 + #paths + math.floor(os.clock() * 1e6))
end

request = function()
    return wrk.format("GET", paths[math.random(1, #paths)])
end

function done(summary, latency, requests)
    io.write(string.format("non-2xx answers: %d\n", summary.errors.status))
end
