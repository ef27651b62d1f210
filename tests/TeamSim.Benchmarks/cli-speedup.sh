#!/usr/bin/env bash
# CLI speed-up from 1 to 2 threads, in alternating pairs, with a probe of the two cores' speed
# before and after each pair (see docs/PERFORMANCE.md, "Two cores that are not equal").
#
#   tests/TeamSim.Benchmarks/cli-speedup.sh PUBLISHED_CLI_DIR SWEEP.json [PAIRS]
#
# Prints per pair: how far apart the cores were before/after (slower core's time over the faster
# core's, for a pinned shell loop; 1.00 = equal), the runner's runs/s on 1 and 2 threads (the
# CLI's own "N runs in T s (R runs/s)" line) and the whole process's wall time.
set -euo pipefail
cli=${1:?published CLI folder (dotnet publish src/TeamSim.Cli -c Release -o DIR)}
sweep=${2:?sweep file}
pairs=${3:-6}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The first two processors this shell may use ("0-3,6" style list, ranges expanded).
cores=($(taskset -pc $$ | sed 's/.*: //' | tr ',' '\n' | awk -F- '{ for (c = $1; c <= ($2 == "" ? $1 : $2); c++) print c }' | head -n 2))
[ ${#cores[@]} -eq 2 ] || { echo "needs two processors in the affinity list"; exit 2; }

loop_ms() { # a fixed shell loop pinned to core $1, in ms
  local s; s=$(date +%s%N)
  taskset -c "$1" bash -c 'for ((i = 0; i < 200000; i++)); do :; done'
  echo $(( ($(date +%s%N) - s) / 1000000 ))
}
apart() { local a b; a=$(loop_ms "${cores[0]}"); b=$(loop_ms "${cores[1]}"); awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", (a > b ? a / b : b / a) }'; }
one() { # threads -> "runs_per_s wall_ms"
  rm -rf "$out/run"
  local s r; s=$(date +%s%N)
  r=$(dotnet "$cli/teamsim.dll" sweep "$sweep" --out "$out/run" --threads "$1" 2>/dev/null | grep -oP '\(\K[0-9.]+(?= runs/s)')
  echo "$r $(( ($(date +%s%N) - s) / 1000000 ))"
}

for i in $(seq 1 "$pairs"); do
  before=$(apart)
  if [ $((i % 2)) = 1 ]; then a=$(one 1); b=$(one 2); else b=$(one 2); a=$(one 1); fi
  after=$(apart)
  read -r r1 w1 <<<"$a"; read -r r2 w2 <<<"$b"
  awk -v p="$i" -v c1="$before" -v c2="$after" -v r1="$r1" -v r2="$r2" -v w1="$w1" -v w2="$w2" 'BEGIN {
    printf "pair %d: cores %s/%s apart | runner %.0f -> %.0f runs/s (%.2fx) | wall %.2f -> %.2f s (%.2fx)\n", p, c1, c2, r1, r2, r2 / r1, w1 / 1000, w2 / 1000, w1 / w2 }'
done
