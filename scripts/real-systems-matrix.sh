#!/usr/bin/env bash
# Runs the published-standard profiles against the reference platform and every real system
# (Mosquitto, HiveMQ CE, Moquette: mqtt-broker; node-wot: wot-td; Eclipse Leshan: lwm2m), one results folder each under
# OUT (default reports/real-systems), stops each system again, and merges the folders with
# `thingconform matrix` into OUT/matrix. A FAIL on a real system does not stop the script: every
# verdict is examined in reports/findings.md. Every run confirms what did not pass (--confirm 3): a
# verdict that does not hold on each of its 4 tries shows as 'FAIL (intermittent: k of 4)'.
#   scripts/real-systems-matrix.sh [OUT]
set -uo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$project/reports/real-systems}"
tc="$project/scripts/thingconform"
sut="$project/scripts/real-sut.sh"
mkdir -p "$out"

"$tc" run --profile "$project/test-profiles/mqtt-broker" --profile "$project/test-profiles/wot-td" \
  --profile "$project/test-profiles/lwm2m" --confirm 3 --out "$out/reference" | tail -1

run_against() {   # NAME PROFILE...
  local name="$1"; shift
  local descriptor
  descriptor="$("$sut" "$name" start)" || { echo "real-systems: $name did not start" >&2; return 1; }
  local profiles=()
  for p in "$@"; do profiles+=(--profile "$project/$p"); done
  "$tc" run "${profiles[@]}" --platform "$descriptor" --confirm 3 --out "$out/$name" | tail -1
  "$sut" "$name" stop
}

run_against mosquitto test-profiles/mqtt-broker
run_against hivemq test-profiles/mqtt-broker
run_against moquette test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml
run_against node-wot test-profiles/wot-td/profile.yaml
run_against leshan test-profiles/lwm2m/profile.yaml

"$tc" matrix "$out/reference" "$out/mosquitto" "$out/hivemq" "$out/moquette" "$out/node-wot" "$out/leshan" \
  --out "$out/matrix"
