#!/usr/bin/env bash
# Publication-day load test: starts the web app (built jar, fresh H2 database with the example
# department published, the launcher's heap limit), then runs wrk against the front page, the
# report page, the PDF download and the API, and prints req/s, p50 and p99 per route and the
# server's resident memory.
#   bench/load.sh [--connections 16] [--duration 20s] [--threads 2] [--port 18080]
# Needs wrk (Debian: apt-get install wrk) and a built web/target/juesuan-web.jar (./juesuan builds it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
connections=16 duration=20s threads=2 port=18080
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) connections="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    *) echo "未知参数 $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "需要 wrk：apt-get install -y wrk" >&2; exit 2; }
jar="$here/web/target/juesuan-web.jar"
[ -f "$jar" ] || { echo "缺少 $jar：先运行 ./juesuan --help 或 mvn -DskipTests install" >&2; exit 2; }
work="$(mktemp -d)"
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait "${pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cd "$here"
java -Dfile.encoding=UTF-8 -Djava.awt.headless=true -Xms256m -Xmx"${JUESUAN_HEAP:-768m}" \
  -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -XX:MaxDirectMemorySize=256m -Xss512k \
  -jar "$jar" --port "$port" \
  --db "jdbc:h2:file:$work/juesuan;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  > "$work/server.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$base/" 2>/dev/null && break
  sleep 1
done
curl -fsS -o /dev/null "$base/" || { echo "服务未能启动：" >&2; tail -20 "$work/server.log" >&2; exit 1; }
id="$(curl -fsS "$base/api/v1/reports" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
routes=(
  "front page|$base/"
  "report page|$base/reports/$id"
  "PDF download|$base/reports/$id/download/pdf"
  "API report|$base/api/v1/reports/$id"
  "API compare|$base/api/v1/compare?year=2023"
)
# warm-up: one request each (a version published before the document store existed has its
# documents produced at its first download), then JIT and caches
for r in "${routes[@]}"; do
  curl -fsS -o /dev/null --max-time 600 "${r#*|}"
done
for r in "${routes[@]}"; do
  wrk -t1 -c4 -d5s "${r#*|}" > /dev/null
done
printf '%-14s %10s %10s %10s %8s\n' "route" "req/s" "p50" "p99" "errors"
for r in "${routes[@]}"; do
  name="${r%%|*}" url="${r#*|}"
  out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H 'Accept-Encoding: gzip' "$url")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  printf '%-14s %10s %10s %10s %8s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
done
rss_kb="$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")"
hwm_kb="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "server RSS: $((rss_kb / 1024)) MB (peak $((hwm_kb / 1024)) MB), $connections connections, $duration per route"
