-- wrk script: GET /search with distinct queries, taken from the first column of the quality
-- query set and URL-encoded, each thread cycling through them from a different start.
--
--   wrk -t2 -c64 -d30s --latency -s Benchmarks/HTTP/search.lua http://127.0.0.1:8080 \
--       -- Benchmarks/Quality/queries.tsv /search
--
-- Arguments after --: the TSV file (default Benchmarks/Quality/queries.tsv) and the route
-- (default /search; /ask works too).

local queries = {}
local route = "/search"
local position = 1
local counter = 0
local threads = {}

local function urlencode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function load(path)
  local list = {}
  local file = assert(io.open(path, "r"), "cannot open " .. path)
  for line in file:lines() do
    if line:sub(1, 1) ~= "#" and line ~= "" then
      local query = line:match("^([^\t]+)")
      if query then list[#list + 1] = urlencode(query) end
    end
  end
  file:close()
  assert(#list > 0, "no queries in " .. path)
  return list
end

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  threads[#threads + 1] = thread
end

function init(args)
  queries = load(args[1] or "Benchmarks/Quality/queries.tsv")
  route = args[2] or "/search"
  -- Threads start at different points of the list.
  position = ((id or 1) - 1) * math.floor(#queries / 2) % #queries + 1
  non200 = 0
end

function request()
  local query = queries[position]
  position = position % #queries + 1
  return wrk.format("GET", route .. "?q=" .. query)
end

function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do failures = failures + (thread:get("non200") or 0) end
  io.write(string.format(
    "requests %d in %.1f s = %.0f req/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; non-200 %d, socket errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    failures, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
