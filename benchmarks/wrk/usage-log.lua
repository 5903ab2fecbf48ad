-- wrk script: the log API as existing MES clients call it — a third each as a form body, as the query string of a POST
-- with an empty body, and as JSON (dataUsgqty a number); useSe as codes and Korean words; keys sf1_bench-000001 …
-- sf1_bench-NNNNNN at random (the usage-load benchmark creates them). Counts the answers by result code and prints
-- them with the latency percentiles at the end.
-- Usage: wrk -t2 -c200 -d30s --latency -s benchmarks/wrk/usage-log.lua http://localhost:8080 -- 1000
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local uses = { "DO6001", "DO6003", "DO6004", "DO6005", "%EC%A1%B0%ED%9A%8C", "%EB%93%B1%EB%A1%9D" } -- 조회, 등록
local json_uses = { "DO6002", "DO6003", "DO6006", "DO6007", "조회", "입출고" }

function init(args)
  keys = tonumber(args[1] or "1000")
  accepted = 0
  other = 0
  failed_codes = ""
  n = 0
  math.randomseed(os.time() * 1000 + math.random(100000))
end

local function now_kst()
  return os.date("!%Y-%m-%d %H:%M:%S", os.time() + 9 * 3600) .. string.format(".%03d", math.random(0, 999))
end

local function key()
  return string.format("sf1_bench-%06d", math.random(keys))
end

local function form(k, dt, use)
  return "crtfcKey=" .. k .. "&logDt=" .. dt:gsub(" ", "+") .. "&useSe=" .. use .. "&sysUser=worker" .. math.random(50)
    .. "&conectIp=10.0." .. math.random(0, 255) .. "." .. math.random(1, 254) .. "&dataUsgqty=" .. math.random(0, 500)
end

function request()
  n = n + 1
  local shape = n % 3
  if shape == 0 then
    return wrk.format("POST", "/apisvc/sendLogData.json",
      { ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8" }, form(key(), now_kst(), uses[math.random(#uses)]))
  elseif shape == 1 then
    return wrk.format("POST", "/apisvc/sendLogData.json?" .. form(key(), now_kst(), uses[math.random(#uses)]),
      { ["Content-Length"] = "0" }, "")
  end
  local body = string.format('{"crtfcKey":"%s","logDt":"%s","useSe":"%s","sysUser":"worker%d","conectIp":"10.1.%d.%d","dataUsgqty":%d}',
    key(), now_kst(), json_uses[math.random(#json_uses)], math.random(50), math.random(0, 255), math.random(1, 254), math.random(0, 500))
  return wrk.format("POST", "/apisvc/sendLogData.json", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if body:find('"recptnRsltCd":"AP1002"', 1, true) then
    accepted = accepted + 1
  else
    other = other + 1
    if #failed_codes < 200 then
      failed_codes = failed_codes .. " " .. (body:match('"recptnRsltCd":"(%w+)"') or tostring(status))
    end
  end
end

function done(summary, latency, requests)
  local a, o, codes = 0, 0, ""
  for _, t in ipairs(threads) do
    a = a + t:get("accepted")
    o = o + t:get("other")
    codes = codes .. (t:get("failed_codes") or "")
  end
  io.write(string.format("ACCEPTED %d\nOTHER %d\nERRORS %d\n", a, o,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
  io.write(string.format("SECONDS %.3f\n", summary.duration / 1e6))
  for _, p in ipairs({ 50, 90, 95, 99, 99.9 }) do
    io.write(string.format("P%s %.3f\n", p, latency:percentile(p) / 1000))
  end
  if #codes > 0 then
    io.write("SOME_OTHER_CODES" .. codes:sub(1, 200) .. "\n")
  end
end
