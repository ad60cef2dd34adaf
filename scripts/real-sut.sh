#!/usr/bin/env bash
# Starts and stops real third-party systems under test (brokers, WoT servients) on private
# loopback ports, with their config and data in a state folder, and writes a platform
# descriptor for each so that `scripts/thingconform run --platform` can test it.
#   scripts/real-sut.sh NAME start    # installs NAME if missing, starts it, prints its descriptor path
#   scripts/real-sut.sh NAME stop
#   scripts/real-sut.sh list
# One script per system under scripts/real-sut/NAME.sh (what they share: real-sut/_common.sh) takes (start|stop) and the state
# folder $THINGCONFORM_SUT_DIR/NAME (default /tmp/thingconform-sut/NAME); it writes
# descriptor.yaml there and leaves the system's pid in pid.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
usage() { echo "usage: $0 NAME start|stop | $0 list" >&2; exit 2; }

[ $# -ge 1 ] || usage
if [ "$1" = list ]; then
  for f in "$here"/real-sut/[!_]*.sh; do [ -e "$f" ] && basename "$f" .sh; done
  exit 0
fi
[ $# -eq 2 ] || usage
name="$1" action="$2"
script="$here/real-sut/$name.sh"
[ -f "$script" ] || { echo "real-sut: no system named '$name'; known: $("$0" list | tr '\n' ' ')" >&2; exit 2; }
case "$action" in start|stop) ;; *) usage ;; esac
state="${THINGCONFORM_SUT_DIR:-/tmp/thingconform-sut}/$name"
mkdir -p "$state"
exec bash "$script" "$action" "$state"
