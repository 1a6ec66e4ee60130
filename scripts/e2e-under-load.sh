#!/usr/bin/env bash
# The browser suite on a busy machine: runs the e2e project RUNS times in a row (default 3) while
# BURNERS CPU-bound processes (default 2) spin beside it, and stops at the first red run.
# Needs both builds (dist/ and dist-kb/) in place, as `npm test` leaves them.
#   bash scripts/e2e-under-load.sh            # 3 runs, 2 burners
#   RUNS=5 BURNERS=4 bash scripts/e2e-under-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
BURNERS=${BURNERS:-2}
[ -f dist/index.html ] && [ -f dist-kb/index.html ] || { echo "build dist/ and dist-kb/ first (npm test does)" >&2; exit 2; }

pids=()
stop() { [ ${#pids[@]} -eq 0 ] || kill "${pids[@]}" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq "$BURNERS"); do
  node -e 'for (;;) Math.sqrt(Math.random())' &
  pids+=($!)
done
echo "$BURNERS CPU-bound processes running (pids ${pids[*]}) on $(nproc) CPUs"

for run in $(seq "$RUNS"); do
  start=$(date +%s)
  if npx vitest run --project e2e >".tmp/e2e-load-$run.log" 2>&1; then
    echo "run $run/$RUNS: green in $(($(date +%s) - start)) s — $(sed 's/\x1b\[[0-9;]*m//g' ".tmp/e2e-load-$run.log" | grep -E '^ +Tests ' | xargs)"
  else
    echo "run $run/$RUNS: RED after $(($(date +%s) - start)) s (see .tmp/e2e-load-$run.log)" >&2
    exit 1
  fi
done
