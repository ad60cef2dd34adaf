#!/usr/bin/env bash
# Eclipse Mosquitto (MQTT 3.1.1 and 5) as a system under test for the mqtt-broker profiles.
#   scripts/real-sut.sh mosquitto start|stop
# Installs the Debian package if missing (as root, or with sudo), starts `mosquitto -c` on a free
# loopback port with its config in the state folder (one account with a fresh random password in a
# mosquitto_passwd file, anonymous clients refused, no persistence, no websockets listener), waits
# until the port answers and writes descriptor.yaml there; the password stays in a file the
# descriptor points at, never in the descriptor.
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
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$state/mqtt-password")
    rm -f "$state/passwd"
    mosquitto_passwd -c -b "$state/passwd" thingconform "$(cat "$state/mqtt-password")" >&2
    # started as root, mosquitto would drop to its own user, which cannot read a private temp folder
    run_as=""
    [ "$(id -u)" -ne 0 ] || run_as="user root"
    cat > "$state/mosquitto.conf" <<CONF
$run_as
listener $port 127.0.0.1
allow_anonymous false
password_file $state/passwd
persistence false
log_dest file $state/mosquitto.log
CONF
    mosquitto -c "$state/mosquitto.conf" >>"$state/mosquitto.out" 2>&1 &
    echo $! > "$pidfile"
    wait_for_port "$port" 100 mosquitto "$state/mosquitto.out"
    version="$(mosquitto -h 2>/dev/null | head -1 | sed 's/.*version //' || true)"
    cat > "$state/descriptor.yaml" <<DESC
# Written by scripts/real-sut/mosquitto.sh: Eclipse Mosquitto ${version} on a private loopback port.
# One account; its password is in the file next to this descriptor, so the wrong-password clauses apply.
name: Eclipse Mosquitto ${version}
mqtt:
  host: 127.0.0.1
  port: $port
  username: thingconform
  password: {file: mqtt-password}
ics:
  CLIENT_DOLLAR_TOPICS: true
  SHARED_SUBSCRIPTIONS: true
DESC
    echo "$state/descriptor.yaml"
    ;;
esac
