#!/usr/bin/env bash
# Start-up to ready, measured the way a newcomer starts the portal (README), with the server's own boot as the
# baseline of the same run:
#   empty  - portal-web/target/test-server: the same provisioned WildFly and CLI scripts, no deployment
#   warm   - portal-web/target/server with its data directory kept (schema, index and demo data exist)
#   fresh  - the same with the data directory deleted (Flyway creates the schema, demo data is loaded, the
#            index is built)
# "Ready" is when the home page answers 200 and, for the portal, the demo administrator can sign in over the
# API (so the demo data is there). Rounds alternate the three; prints every run and the median and maximum.
# Usage: benchmarks/startup/startup.sh [rounds]   (after mvn -DskipTests install; nothing else on port 8080)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}
SERVER=portal-web/target/server
EMPTY=portal-web/target/test-server
[ -x "$SERVER/bin/standalone.sh" ] || { echo "build first: mvn -DskipTests install" >&2; exit 1; }
[ -x "$EMPTY/bin/standalone.sh" ] || { echo "no test-server: run mvn verify once (it provisions portal-web/target/test-server)" >&2; exit 1; }

run() { # dir kind
    local dir=$1 kind=$2 start ready
    [ "$kind" = fresh ] && rm -rf "$dir/standalone/data"
    start=$(date +%s%N)
    (cd "$dir" && JBOSS_JAVA_SIZING="-Xms256m -Xmx1g" bin/standalone.sh -Dportal.demo=true > /tmp/startup-bench.log 2>&1 &)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/ || true)" = 200 ] \
        || { [ "$kind" = empty ] && [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/ || true)" = 404 ]; }; do
        sleep 0.05
    done
    if [ "$kind" != empty ]; then
        until [ "$(curl -s -o /dev/null -w '%{http_code}' -u 'admin@demo.smartfactory.kr:Demo!2026portal' \
                http://127.0.0.1:8080/api/v1/me || true)" = 200 ]; do sleep 0.05; done
    fi
    ready=$(date +%s%N)
    "$dir/bin/jboss-cli.sh" -c --controller=127.0.0.1:9990 :shutdown > /dev/null 2>&1 || true
    while curl -s -o /dev/null http://127.0.0.1:8080/ 2>/dev/null; do sleep 0.2; done
    echo "scale=2; ($ready - $start) / 1000000000" | bc
}

declare -A all=([empty]="" [warm]="" [fresh]="")
run "$SERVER" warm > /dev/null   # the data directory exists for the first warm start
for round in $(seq 1 "$ROUNDS"); do
    for kind in empty warm fresh; do
        dir=$SERVER; [ "$kind" = empty ] && dir=$EMPTY
        t=$(run "$dir" "$kind")
        all[$kind]="${all[$kind]} $t"
        echo "round $round $kind ${t}s"
    done
done
for kind in empty warm fresh; do
    sorted=$(echo ${all[$kind]} | tr ' ' '\n' | sort -n)
    n=$(echo "$sorted" | wc -l)
    echo "$kind: median $(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p") s, max $(echo "$sorted" | tail -1) s over $n starts"
done
