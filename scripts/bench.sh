#!/usr/bin/env bash
# How long the shipped suite takes, one clause after the other (--jobs 1) and side by side (the
# default --jobs): each shipped profile against the embedded reference platform, and the MQTT broker
# profiles against Mosquitto (scripts/real-sut.sh). Prints one table: wall time of the run, clauses,
# per-test median and p90 (from the run's journal), and the ratio sequential / concurrent.
# Run it on a quiet machine: the figures are the machine's.
#   scripts/bench.sh [--no-mosquitto]
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tc="$project/scripts/thingconform"
work="$(mktemp -d "${TMPDIR:-/tmp}/thingconform-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$tc" --version >/dev/null   # build first, so no figure includes the build
# a first run writes the class-data archive (scripts/thingconform does it once per build): no figure includes that
[ -f "$project/target/cds/thingconform.jsa" ] || "$tc" run --out "$work/warm-up" >/dev/null 2>&1 || true

now() { date +%s.%N; }

# prints: wall clauses median p90 tests   (median and p90 of the journaled tests' durations, in ms; tests: seconds
# from the first test's start to the last one's end, the part of the wall time --jobs acts on)
measure() {   # NAME JOBS RUN-OPTIONS...
  local name="$1" jobs="$2"; shift 2
  local out="$work/$name-$jobs" t0 t1
  local jobs_option=(--jobs "$jobs")
  [ "$jobs" = default ] && jobs_option=()
  t0=$(now)
  "$tc" run "${jobs_option[@]}" --out "$out" "$@" >"$out.log" 2>&1 || true
  t1=$(now)
  python3 - "$out" "$t0" "$t1" <<'PY'
import json, sys
out, t0, t1 = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
from datetime import datetime
def ms(a, b):
    f = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00")[:26] + "+00:00")
    return (f(b) - f(a)).total_seconds() * 1000
spans, starts, stops = [], [], []
for line in open(f"{out}/journal.jsonl"):
    r = json.loads(line).get("result")
    if r and r.get("start") and r.get("stop"):
        spans.append(ms(r["start"], r["stop"]))
        starts.append(r["start"])
        stops.append(r["stop"])
spans.sort()
clauses = len(json.load(open(f"{out}/clause-matrix.json"))["clauses"])
pick = lambda q: spans[min(len(spans) - 1, int(q * len(spans)))] if spans else 0
tests = ms(min(starts), max(stops)) / 1000 if starts else 0
print(f"{t1 - t0:.1f} {clauses} {pick(0.5):.0f} {pick(0.9):.0f} {tests:.1f}")
PY
}

rows=()
row() {   # LABEL RUN-OPTIONS...
  local label="$1"; shift
  local name; name="$(echo "$label" | tr -c 'A-Za-z0-9' '-')"
  read -r w1 c1 m1 p1 t1 < <(measure "$name" 1 "$@")
  read -r wn cn mn pn tn < <(measure "$name" default "$@")
  local same; same="$(python3 - "$work/$name-1" "$work/$name-default" <<'PY'
import json, sys
verdicts = lambda out: sorted((c["profile"], c["clause"], c.get("binding") or "", c["verdict"])
                              for c in json.load(open(f"{out}/clause-matrix.json"))["clauses"])
print("yes" if verdicts(sys.argv[1]) == verdicts(sys.argv[2]) else "NO")
PY
)"
  rows+=("$(printf '| %s | %s | %s | %s | %s / %s | %s / %s | %s / %s | %s | %s |' "$label" "$c1" "$w1" "$wn" "$t1" "$tn" \
    "$m1" "$mn" "$p1" "$pn" "$(python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.1f}x')" "$w1" "$wn")" \
    "$same")")
}

row "tsl-alink-mqtt (reference)" --profile "$project/test-profiles/tsl-alink-mqtt"
row "platform-interconnection (reference)" --profile "$project/test-profiles/platform-interconnection"
row "wot-td (reference)" --profile "$project/test-profiles/wot-td"
row "mqtt-broker 3.1.1 + 5.0 (reference)" --profile "$project/test-profiles/mqtt-broker"
row "whole shipped suite (reference)"
if [ "${1:-}" != "--no-mosquitto" ]; then
  descriptor="$("$project/scripts/real-sut.sh" mosquitto start)"
  row "mqtt-broker 3.1.1 (Mosquitto)" --profile "$project/test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml" --platform "$descriptor"
  row "mqtt-broker 5.0 (Mosquitto)" --profile "$project/test-profiles/mqtt-broker/mqtt-5.0.profile.yaml" --platform "$descriptor"
  "$project/scripts/real-sut.sh" mosquitto stop >/dev/null
fi

echo "thingconform bench, $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "| run | clauses | wall s, --jobs 1 | wall s, default | tests s (1 / default) | per-test median ms (1 / default) | p90 ms (1 / default) | ratio | same verdicts |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo "(wall: the whole command, JVM and platform start and reports included; tests: first test's start to last test's end; per-test figures from each run's journal; ratio: wall --jobs 1 / wall default; same verdicts: every clause's verdict equal in both runs)"
