-- wrk script for FlashRedemptionBenchmark: each wrk thread sends exactly its quota of
-- POST /api/v1/redemptions (a fresh Idempotency-Key each, the volunteers' tokens taken in turn),
-- counts the answers and stops once all of its quota is answered.
-- Arguments (after "--"): tokens file (one JWT per line), item id, quota per thread.
-- Item "ping" sends GET /api/v1/ping instead: the harness's own ceiling.
--
-- wrk asks delay() before every request of a connection, and only then request(); so delay()
-- hands out the quota, and a connection that finds it used up waits (an hour: far past the end
-- of the run) instead of sending more. request() itself counts nothing, because wrk also calls it
-- once to check the script, without sending what it returns.
-- wrk itself runs for its whole -d duration, so the script times the run: from a thread's first
-- request to its last answer (monotonic clock, through LuaJIT's FFI), and prints WRK-THREAD-DONE
-- when a thread is through, so that the caller can end wrk early with SIGINT.

local ffi = require("ffi")
ffi.cdef([[
typedef struct { long tv_sec; long tv_nsec; } gridlink_timespec;
int clock_gettime(int clock_id, gridlink_timespec *tp);
]])
local timespec = ffi.new("gridlink_timespec")
local CLOCK_MONOTONIC = 1

local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
  return tonumber(timespec.tv_sec) * 1000000 + math.floor(tonumber(timespec.tv_nsec) / 1000)
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  for line in io.lines(args[1]) do
    tokens[#tokens + 1] = line
  end
  item = args[2]
  quota = tonumber(args[3])
  granted, built, answered, created, soldout, other = 0, 0, 0, 0, 0, 0
  started, finished, last_created = 0, 0, 0
  math.randomseed(os.time() + id)
end

function delay()
  if started == 0 then
    started = now_us()
  end
  if granted < quota then
    granted = granted + 1
    return 0
  end
  return 3600000
end

function request()
  built = built + 1
  local token = tokens[((id - 1) * quota + built) % #tokens + 1]
  if item == "ping" then
    return wrk.format("GET", "/api/v1/ping", { ["Authorization"] = "Bearer " .. token })
  end
  local key = string.format("flash-%d-%d-%d", id, built, math.random(1000000000))
  return wrk.format("POST", "/api/v1/redemptions", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = key,
  }, '{"itemId":' .. item .. '}')
end

function response(status, headers, body)
  answered = answered + 1
  if status == 201 or (item == "ping" and status == 200) then
    created = created + 1
    last_created = now_us()
  elseif status == 409 and string.find(body, "sold-out", 1, true) then
    soldout = soldout + 1
  else
    other = other + 1
  end
  if answered == quota then
    finished = now_us()
    io.write("WRK-THREAD-DONE " .. id .. "\n")
    io.flush()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local c, s, o, first, last, last_unit = 0, 0, 0, nil, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    s = s + thread:get("soldout")
    o = o + thread:get("other")
    first = math.min(first or thread:get("started"), thread:get("started"))
    last = math.max(last, thread:get("finished"))
    last_unit = math.max(last_unit, thread:get("last_created"))
  end
  io.write(string.format(
    "WRK-RESULT ok=%d soldout=%d other=%d requests=%d duration_us=%d last_unit_us=%d p50_us=%d p90_us=%d"
      .. " p99_us=%d max_us=%d errors_connect=%d errors_read=%d errors_write=%d"
      .. " errors_timeout=%d\n",
    c, s, o, summary.requests, last - first, last_unit - first,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
