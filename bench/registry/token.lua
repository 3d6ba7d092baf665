-- wrk: client-credentials token requests with the id and secret from the environment.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "grant_type=client_credentials&client_id=" .. os.getenv("BENCH_CLIENT_ID")
        .. "&client_secret=" .. os.getenv("BENCH_CLIENT_SECRET")


function done(summary, latency, requests)
    io.write(string.format("non-2xx answers: %d\n", summary.errors.status))
end
