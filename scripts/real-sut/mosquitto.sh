#!/usr/bin/env bash
# Eclipse Mosquitto (MQTT 3.1.1 and 5) as a system under test for the mqtt-broker profiles.
#   scripts/real-sut.sh mosquitto start|stop
# Installs the Debian package if missing (as root, or with sudo), starts `mosquitto -c` on a free
# loopback port with its config in the state folder (anonymous clients, no persistence, no
# websockets listener), waits until the port answers and writes descriptor.yaml there.
set -euo pipefail
action="$1" state="$2"
pidfile="$state/pid"
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"


install() {
  command -v mosquitto >/dev/null 2>&1 && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "real-sut: installing mosquitto (apt-get)" >&2
  $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq mosquitto >&2
}


case "$action" in
  stop) stop ;;
  start)
    stop
    install
    port="$(free_tcp_port)"
    cat > "$state/mosquitto.conf" <<CONF
listener $port 127.0.0.1
allow_anonymous true
persistence false
log_dest file $state/mosquitto.log
CONF
    mosquitto -c "$state/mosquitto.conf" >>"$state/mosquitto.out" 2>&1 &
    echo $! > "$pidfile"
    wait_for_port "$port" 100 mosquitto "$state/mosquitto.out"
    version="$(mosquitto -h 2>/dev/null | head -1 | sed 's/.*version //' || true)"
    cat > "$state/descriptor.yaml" <<DESC
# Written by scripts/real-sut/mosquitto.sh: Eclipse Mosquitto ${version} on a private loopback port.
# Anonymous clients, so the clauses that need a broker account (mqtt.username/password) are NOT_APPLICABLE.
name: Eclipse Mosquitto ${version}
mqtt:
  host: 127.0.0.1
  port: $port
ics:
  CLIENT_DOLLAR_TOPICS: true
DESC
    echo "$state/descriptor.yaml"
    ;;
esac
