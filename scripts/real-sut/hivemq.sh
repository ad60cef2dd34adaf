#!/usr/bin/env bash
# HiveMQ Community Edition 2025.5 (MQTT 3.1.1 and 5), the embedded distribution from Maven Central,
# as a system under test for the mqtt-broker profiles.
#   scripts/real-sut.sh hivemq start|stop
# Uses the project's own dependency folder (built if missing), starts the broker in its own JVM on a
# free loopback port with its config (in-memory persistence, no usage statistics) in the state
# folder, waits until the port answers and writes descriptor.yaml there.
set -euo pipefail
action="$1" state="$2"
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pidfile="$state/pid"
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"



case "$action" in
  stop) stop ;;
  start)
    stop
    "$project/scripts/thingconform" --version >/dev/null      # builds target/lib when missing
    version="$(ls "$project"/target/lib/hivemq-community-edition-embedded-*.jar | sed 's/.*embedded-\(.*\)\.jar/\1/')"
    port="$(free_tcp_port)"
    rm -rf "$state/conf" "$state/data" "$state/extensions"
    mkdir -p "$state/conf"
    cat > "$state/conf/config.xml" <<CONF
<?xml version="1.0"?>
<hivemq>
    <listeners>
        <tcp-listener>
            <port>$port</port>
            <bind-address>127.0.0.1</bind-address>
        </tcp-listener>
    </listeners>
    <persistence>
        <mode>in-memory</mode>
    </persistence>
    <anonymous-usage-statistics>
        <enabled>false</enabled>
    </anonymous-usage-statistics>
</hivemq>
CONF
    java -cp "$project/target/lib/*" "$project/scripts/real-sut/HiveMqCe.java" "$state" >>"$state/hivemq.out" 2>&1 &
    echo $! > "$pidfile"
    wait_for_port "$port" 600 hivemq "$state/hivemq.out"
    cat > "$state/descriptor.yaml" <<DESC
# Written by scripts/real-sut/hivemq.sh: HiveMQ CE ${version} (embedded distribution) on a private loopback port.
# Anonymous clients, so the clauses that need a broker account (mqtt.username/password) are NOT_APPLICABLE.
name: HiveMQ CE ${version}
mqtt:
  host: 127.0.0.1
  port: $port
ics:
  CLIENT_DOLLAR_TOPICS: false
  SHARED_SUBSCRIPTIONS: true
DESC
    echo "$state/descriptor.yaml"
    ;;
esac
