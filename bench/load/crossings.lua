-- wrk script of the Mpaka load benchmark: complete crossings through the REST API.
--
--   wrk -t T -c C -d 30s --latency -H "Authorization: Bearer $TOKEN" \
--       -s bench/load/crossings.lua http://127.0.0.1:8080 -- BODIES MODE T [RATE]
--
-- BODIES: a file of POST /api/v1/crossings bodies, one JSON object per line (LoadData writes them).
-- Each thread takes the lines i with i % T == its number and sends each once, in order.
-- MODE one: each request is POST /api/v1/crossings (the server runs every check again, then
--           records the decision): one complete crossing per request.
-- MODE two: as the counter does it: POST /api/v1/counter/checks, then POST /api/v1/crossings
--           with the same document, sent back to back on one connection (HTTP pipelining: the
--           server answers them in order); wrk records ONE latency for the pair, from sending the
--           check to receiving the crossing, so the latency figures are per complete crossing.
-- done() prints the answers by status and a RESULT line; the run is valid only if every crossing
-- answer is 201 (a 200 would be a replayed key), every check answer 200, no socket error or timeout,
-- and no thread ran out of bodies.

-- Optional pacing: RATE requests (crossings, scans) per second in all, spread over the threads.
-- Each thread keeps a schedule of send times (one every nthreads/RATE seconds) and delays each
-- request until its slot; a request whose slot has passed goes at once, so the offered rate holds
-- as long as there are free connections. Latency is measured from the actual send.
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } mpaka_timespec;
  int clock_gettime(int clk_id, mpaka_timespec *tp);
]]
local ts = ffi.new("mpaka_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end
local interval_ms = nil
local next_slot = nil

local function start_pacing(rate, nthreads)
  if rate ~= nil and rate > 0 then
    interval_ms = 1000 * nthreads / rate
  end
end

function pacing_delay()
  if interval_ms == nil then
    return 0
  end
  local now = now_ms()
  if next_slot == nil then
    next_slot = now + math.random() * interval_ms
  end
  local slot = next_slot
  next_slot = slot + interval_ms
  if slot <= now then
    return 0
  end
  return slot - now
end

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local file = args[1]
  mode = args[2] or "one"
  local nthreads = tonumber(args[3] or "1")
  if mode ~= "one" and mode ~= "two" then
    error("MODE must be one or two, not " .. tostring(mode))
  end
  bodies = {}
  local i = 0
  for line in io.lines(file) do
    if i % nthreads == id and #line > 0 then
      bodies[#bodies + 1] = line
    end
    i = i + 1
  end
  if #bodies == 0 then
    error("no bodies for thread " .. id .. " in " .. file)
  end
  wrk.headers["Content-Type"] = "application/json"
  pos = 0
  created = 0      -- 201 from /crossings: a crossing recorded
  replayed = 0     -- 200 from /crossings with "replayed":true: a key sent twice
  checked = 0      -- 200 from /counter/checks
  bad = 0          -- anything else
  exhausted = 0    -- requests sent after this thread's bodies ran out (wrapped around)
  statuses = {}
  first_bad = ""
  start_pacing(tonumber(args[4] or "0"), nthreads)
  if interval_ms ~= nil then
    delay = pacing_delay
  end
end

function request()
  pos = pos + 1
  if pos > #bodies then
    exhausted = exhausted + 1
    pos = 1
  end
  local b = bodies[pos]
  if mode == "two" then
    return wrk.format("POST", "/api/v1/counter/checks", nil, b)
        .. wrk.format("POST", "/api/v1/crossings", nil, b)
  end
  return wrk.format("POST", "/api/v1/crossings", nil, b)
end

function response(status, headers, body)
  local k = tostring(status)
  statuses[k] = (statuses[k] or 0) + 1
  if status == 201 then
    created = created + 1
  elseif status == 200 and string.find(body, '"replayed":true', 1, true) then
    replayed = replayed + 1
  elseif status == 200 and mode == "two" and string.find(body, '"checks"', 1, true) then
    checked = checked + 1
  else
    bad = bad + 1
    if first_bad == "" then
      first_bad = status .. " " .. string.sub(body or "", 1, 400)
    end
  end
end

function done(summary, latency, requests)
  local c, r, ch, b, ex = 0, 0, 0, 0, 0
  local st = {}
  local sample = ""
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    r = r + t:get("replayed")
    ch = ch + t:get("checked")
    b = b + t:get("bad")
    ex = ex + t:get("exhausted")
    for k, v in pairs(t:get("statuses")) do
      st[k] = (st[k] or 0) + v
    end
    if sample == "" then
      sample = t:get("first_bad")
    end
  end
  local mode = threads[1]:get("mode")
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local secs = summary.duration / 1e6
  local parts = {}
  for k, v in pairs(st) do
    parts[#parts + 1] = k .. "=" .. v
  end
  table.sort(parts)
  io.write(string.format("answers by status: %s\n", table.concat(parts, " ")))
  io.write(string.format("crossings recorded (201): %d in %.1f s = %.1f per second\n", c, secs, c / secs))
  if mode == "two" then
    io.write(string.format("checks answered (200): %d\n", ch))
  end
  if b > 0 then
    io.write("first unexpected answer: " .. sample .. "\n")
  end
  local valid = (b == 0 and r == 0 and ex == 0 and socket == 0)
  io.write(string.format(
    "RESULT mode=%s crossings=%d per_s=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f p999_ms=%.1f max_ms=%.1f"
      .. " unexpected=%d replayed=%d exhausted=%d socket_errors=%d valid=%s\n",
    mode, c, c / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000,
    b, r, ex, socket, valid and "yes" or "NO"))
end
