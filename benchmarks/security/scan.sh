#!/usr/bin/env bash
# A documented scan of a running demo portal on 127.0.0.1 only (never anything else): wapiti with explicit
# modules (without -m it fetches a fingerprint database from outside), then sqlmap on the public search API and the
# sign-in form. Reports go to target/security-scan; docs/security.md records what was found and fixed.
# Usage: start the demo portal (README "Run it"), then benchmarks/security/scan.sh [base-url]
# Needs the Debian packages wapiti and sqlmap (apt-get install wapiti sqlmap).
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE=${1:-http://127.0.0.1:8080}
case "$BASE" in
    http://127.0.0.1:*|http://localhost:*) ;;
    *) echo "scans only a portal on this machine (127.0.0.1/localhost)" >&2; exit 2 ;;
esac
OUT=target/security-scan
mkdir -p "$OUT"
command -v wapiti >/dev/null && command -v sqlmap >/dev/null || { echo "apt-get install wapiti sqlmap" >&2; exit 1; }
curl -sf -o /dev/null "$BASE/" || { echo "no portal answers at $BASE" >&2; exit 1; }

echo "== wapiti (anonymous crawl of $BASE)"
# the search's facet links make the URL space practically endless: a shallow crawl, so the attack modules finish
wapiti -u "$BASE/" --scope folder -m xss,sql,exec,file,crlf,redirect,csp,http_headers,cookieflags,methods \
    --depth 3 --max-links-per-page 15 --max-files-per-dir 15 --max-scan-time 180 --max-attack-time 180 \
    --flush-session -f json -o "$OUT/wapiti.json" --no-bugreport 2>&1 \
    | grep -v "^\s*$" | tail -40 || true

echo "== sqlmap on the public search API (every query parameter)"
sqlmap -u "$BASE/api/v1/suppliers?q=MES&region=SEOUL&speciality=SW.OPS.MES&industry=30&level=BASIC&yearFrom=2020&sort=relevance&page=0&size=5" \
    --batch --level 2 --risk 1 --threads 2 --output-dir "$OUT/sqlmap" 2>&1 | grep -E "parameter|injectable|not seem|CRITICAL|WARNING.*(heuristic|dynamic)" | tail -30 || true

echo "== sqlmap on the search page and the profile id"
sqlmap -u "$BASE/suppliers/index.xhtml?q=MES&region=SEOUL&page=0" --batch --level 1 --risk 1 --threads 2 \
    --output-dir "$OUT/sqlmap" 2>&1 | grep -E "parameter|injectable|not seem|CRITICAL" | tail -15 || true
sqlmap -u "$BASE/suppliers/profile.xhtml?id=1" --batch --level 1 --risk 1 --threads 2 \
    --output-dir "$OUT/sqlmap" 2>&1 | grep -E "parameter|injectable|not seem|CRITICAL" | tail -15 || true
echo "reports: $OUT"
