#!/usr/bin/env bash
# Do verdicts hold? Runs the shipped suite against the embedded reference platform N times
# (default 20): the first with --jobs 1 (one test after the other), the others with the default
# --jobs (side by side), and reports every test whose verdict ever differed from its first run
# (expected: none). Exit 0 when every verdict held, 1 otherwise.
#   scripts/stability.sh [N] [extra run options...]
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tc="$project/scripts/thingconform"
runs="${1:-20}"; [ $# -gt 0 ] && shift
work="$(mktemp -d "${TMPDIR:-/tmp}/thingconform-stability.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$tc" --version >/dev/null   # build first

for i in $(seq 1 "$runs"); do
  jobs_option=(); [ "$i" -eq 1 ] && jobs_option=(--jobs 1)
  "$tc" run "${jobs_option[@]}" --out "$work/run-$i" "$@" >"$work/run-$i.log" 2>&1 || true
  echo "run $i of $runs (${jobs_option[*]:-default --jobs}): $(tail -n 4 "$work/run-$i.log" | grep -m1 'clause(s):' || echo 'no summary, see its log')"
done

python3 - "$work" "$runs" <<'PY'
import json, sys
work, runs = sys.argv[1], int(sys.argv[2])
seen = {}
for i in range(1, runs + 1):
    for line in open(f"{work}/run-{i}/journal.jsonl"):
        r = json.loads(line).get("result")
        if r:
            seen.setdefault(r["testId"], []).append((i, r["verdict"]))
differing = {t: v for t, v in seen.items() if len({verdict for _, verdict in v}) > 1 or len(v) != runs}
print(f"{len(seen)} tests, {runs} runs: {len(differing)} with a verdict that differed or a missing result")
for test, verdicts in sorted(differing.items()):
    print(f"  {test}: " + ", ".join(f"run {i} {v}" for i, v in verdicts))
sys.exit(1 if differing else 0)
PY
