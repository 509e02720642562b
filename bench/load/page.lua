-- wrk script of the Mpaka load benchmark: the counter page's scan (POST /counter/check, the htmx
-- request the page sends when the MRZ reader has typed a whole zone), with a signed-in session.
--
--   wrk -t T -c C -d 30s --latency -s bench/load/page.lua http://127.0.0.1:8080 \
--       -- BODIES T "JSESSIONID=..." CSRF_TOKEN CSRF_HEADER [RATE]
--
-- BODIES: the crossings file LoadData writes; the post, counter, direction and MRZ of each line are
-- sent as the page's form fields. Scans record nothing (no body hits the watchlist), so lines may be
-- reused; each thread still walks its own share of the file. An answer counts only if it is 200 and
-- holds the result fragment (id="checked"); the page answers invalid input and database faults with
-- a 200 fragment of another kind, which counts as an error here.

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

local function urlencode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

local function field(json, name)
  local v = string.match(json, '"' .. name .. '":"(.-)"')
  if v == nil then
    error("no " .. name .. " in " .. json)
  end
  return (string.gsub(v, "\\n", "\n"))
end

function init(args)
  local file = args[1]
  local nthreads = tonumber(args[2] or "1")
  local cookie = args[3]
  local csrf = args[4]
  local csrf_header = args[5] or "X-CSRF-TOKEN"
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["HX-Request"] = "true",
    ["HX-Target"] = "result",
  }
  headers[csrf_header] = csrf
  requests = {}
  local i = 0
  for line in io.lines(file) do
    if i % nthreads == id and #line > 0 then
      local form = "postCode=" .. urlencode(field(line, "postCode"))
        .. "&counterCode=" .. urlencode(field(line, "counterCode"))
        .. "&direction=" .. urlencode(field(line, "direction"))
        .. "&mrz=" .. urlencode(field(line, "mrz"))
      requests[#requests + 1] = wrk.format("POST", "/counter/check", headers, form)
    end
    i = i + 1
  end
  pos = 0
  ok = 0
  bad = 0
  first_bad = ""
  start_pacing(tonumber(args[6] or "0"), nthreads)
  if interval_ms ~= nil then
    delay = pacing_delay
  end
end

function request()
  pos = pos + 1
  if pos > #requests then
    pos = 1
  end
  return requests[pos]
end

function response(status, headers, body)
  if status == 200 and string.find(body, 'id="checked"', 1, true) then
    ok = ok + 1
  else
    bad = bad + 1
    if first_bad == "" then
      first_bad = status .. " " .. string.sub(body or "", 1, 400)
    end
  end
end

function done(summary, latency, requests)
  local o, b, sample = 0, 0, ""
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    b = b + t:get("bad")
    if sample == "" then
      sample = t:get("first_bad")
    end
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local secs = summary.duration / 1e6
  if b > 0 then
    io.write("first unexpected answer: " .. sample .. "\n")
  end
  io.write(string.format(
    "RESULT mode=page scans=%d per_s=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f p999_ms=%.1f max_ms=%.1f"
      .. " unexpected=%d socket_errors=%d valid=%s\n",
    o, o / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000,
    b, socket, (b == 0 and socket == 0) and "yes" or "NO"))
end
