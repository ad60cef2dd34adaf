#!/usr/bin/env bash
# The two-process use of ThingConform: the reference platform runs as its own process and is
# tested through its platform descriptor, the way any third-party platform is.
#   scripts/reference-process.sh [PORT_BASE] [-- extra 'thingconform run' options]
# PORT_BASE (default 0 = free ports): MQTT on N, CoAP (UDP) N+1, HTTP devices N+2, northbound N+3.
# Environment: REFERENCE_FAULTS="fault-a fault-b" switches faults on in the reference process.
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port_base="${1:-0}"
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
work="$(mktemp -d "${TMPDIR:-/tmp}/thingconform-reference.XXXXXX")"
descriptor="$work/reference.yaml"
fault_options=()
for fault in ${REFERENCE_FAULTS:-}; do fault_options+=(--fault "$fault"); done

"$project/scripts/thingconform" reference --port-base "$port_base" --descriptor-out "$descriptor" \
  "${fault_options[@]}" >"$work/reference.out" 2>"$work/reference.err" &
reference_pid=$!
stop() { kill -TERM "$reference_pid" 2>/dev/null && wait "$reference_pid" 2>/dev/null || true; }
trap stop EXIT

# Wait for the ready line (the descriptor is complete once it is printed), or for the process to end.
while ! grep -q '^ready:' "$work/reference.out" 2>/dev/null; do
  if ! kill -0 "$reference_pid" 2>/dev/null; then
    echo "reference-process: the reference platform did not start:" >&2
    cat "$work/reference.err" >&2
    exit 2
  fi
  sleep 1
done
grep '^ready:' "$work/reference.out"

set +e
"$project/scripts/thingconform" run --platform "$descriptor" --out "$work/reports" "$@"
status=$?
set -e
echo "reference-process: run exit $status; reports in $work/reports"
exit "$status"
