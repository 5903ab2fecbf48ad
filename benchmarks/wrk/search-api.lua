-- wrk script: the search API (JSON, the same queries and facets as the page) with a rotating set of queries and facets.
-- Usage: wrk -t2 -c50 -d10m -s benchmarks/wrk/search-api.lua http://localhost:8080
local paths = {
  "/api/v1/suppliers?q=MES",
  "/api/v1/suppliers?q=%EC%8A%A4%EB%A7%88%ED%8A%B8%EA%B3%B5%EC%9E%A5%EA%B5%AC%EC%B6%95",
  "/api/v1/suppliers?q=%EB%B9%84%EC%A0%84%EA%B2%80%EC%82%AC&region=GYEONGGI",
  "/api/v1/suppliers?q=%E3%85%82%E3%85%88%E3%84%B1%E3%85%85",
  "/api/v1/suppliers?q=MSE&verified=true",
  "/api/v1/suppliers?region=GYEONGNAM&speciality=SW.OPS&sort=rating",
  "/api/v1/suppliers?q=%EB%B6%88%EB%9F%89%EB%A5%A0&page=2",
  "/api/v1/suppliers?q=%EC%9E%90%EB%8F%99%EC%B0%A8%EB%B6%80%ED%92%88%20MES&industry=30",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
