#!/usr/bin/env bash
# Moquette 0.17 (MQTT 3.1.1 only) from Maven Central as a system under test for the
# mqtt-broker-3.1.1 profile (its MQTT 5.0 clauses do not apply: run only the 3.1.1 profile).
#   scripts/real-sut.sh moquette start|stop
# Fetches the broker and its dependencies into the state folder with Maven (first start only),
# starts io.moquette.broker.Server on a free loopback port with config/moquette.conf in the state
# folder (one account with a fresh random password, anonymous clients refused, no persistence, no
# websocket listener, no telemetry), waits until the port answers and writes descriptor.yaml there;
# the password stays in a file the descriptor points at.
set -euo pipefail
action="$1" state="$2"
pidfile="$state/pid"
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
version=0.17


fetch() {
  [ -f "$state/lib/moquette-broker-$version.jar" ] && return 0
  echo "real-sut: fetching moquette-broker $version (mvn dependency:copy-dependencies)" >&2
  cat > "$state/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.thingconform.realsut</groupId>
  <artifactId>moquette</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>io.moquette</groupId><artifactId>moquette-broker</artifactId><version>$version</version></dependency>
  </dependencies>
  <build><plugins><plugin><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version></plugin></plugins></build>
</project>
POM
  mvn -q -B -f "$state/pom.xml" dependency:copy-dependencies -DoutputDirectory="$state/lib" -DincludeScope=runtime >&2
}


case "$action" in
  stop) stop ;;
  start)
    stop
    fetch
    port="$(free_tcp_port)"
    mkdir -p "$state/config" "$state/data"
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$state/mqtt-password")
    # Moquette's password file: one "user:SHA-256 of the password, in hex" line
    (umask 077; printf 'thingconform:%s\n' "$(printf '%s' "$(cat "$state/mqtt-password")" | sha256sum | cut -d' ' -f1)" \
      > "$state/config/password_file.conf")
    cat > "$state/config/moquette.conf" <<CONF
port $port
host 127.0.0.1
websocket_port disabled
persistence_enabled false
telemetry_enabled false
allow_anonymous false
password_file config/password_file.conf
data_path $state/data
CONF
    (cd "$state" && exec java -Dmoquette.path="$state" -cp "$state/lib/*" io.moquette.broker.Server) \
      >>"$state/moquette.out" 2>&1 &
    echo $! > "$pidfile"
    wait_for_port "$port" 300 moquette "$state/moquette.out"
    cat > "$state/descriptor.yaml" <<DESC
# Written by scripts/real-sut/moquette.sh: Moquette ${version} (MQTT 3.1.1) on a private loopback port.
# Run only test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml against it.
name: Moquette ${version}
mqtt:
  host: 127.0.0.1
  port: $port
  username: thingconform
  password: {file: mqtt-password}
ics:
  CLIENT_DOLLAR_TOPICS: true
  SHARED_SUBSCRIPTIONS: false
DESC
    echo "$state/descriptor.yaml"
    ;;
esac
