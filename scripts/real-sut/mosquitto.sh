#!/usr/bin/env bash
# Eclipse Mosquitto (MQTT 3.1.1 and 5) as a system under test for the mqtt-broker profiles.
#   scripts/real-sut.sh mosquitto start|stop
# Installs the Debian package if missing (as root, or with sudo), starts `mosquitto -c` with its config
# in the state folder (one account with a fresh random password in a mosquitto_passwd file, anonymous
# clients refused, no persistence, no websockets listener) and three listeners on free loopback ports:
#   plain MQTT                                   -> descriptor.yaml
#   MQTT over TLS, certificate for localhost and 127.0.0.1 -> descriptor-tls.yaml (host localhost, tls.ca ca.pem)
#   MQTT over TLS, certificate for other.example only      -> descriptor-tls-other-host.yaml (a host name
#     mismatch on purpose: the handshake fails unless the descriptor sets verifyHostname: false)
# The certificates come from a throwaway CA made with openssl at every start (EC P-256, valid 2 days; the
# CA key is deleted once they are signed); no client certificate is asked for. Waits until every port
# answers and prints the path of descriptor.yaml. The password stays in a file the descriptors point at,
# never in a descriptor.
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

# A throwaway CA (ca.pem) and server certificates signed by it, each for the names given:
#   certificates NAME=SAN[,SAN...] ...   e.g. server=DNS:localhost,IP:127.0.0.1 -> server.pem, server.key
certificates() {
  local tls="$state/tls"
  rm -rf "$tls"
  (umask 077; mkdir -p "$tls")
  openssl ecparam -name prime256v1 -genkey -noout -out "$tls/ca.key" 2>/dev/null
  openssl req -x509 -new -key "$tls/ca.key" -sha256 -days 2 -subj "/CN=ThingConform Mosquitto throwaway CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$state/ca.pem" 2>/dev/null
  local spec name sans first
  for spec in "$@"; do
    name="${spec%%=*}" sans="${spec#*=}"
    first="${sans%%,*}"
    openssl ecparam -name prime256v1 -genkey -noout -out "$tls/$name.key" 2>/dev/null
    openssl req -new -key "$tls/$name.key" -subj "/CN=${first#*:}" -out "$tls/$name.csr" 2>/dev/null
    printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=%s\n' \
      "$sans" > "$tls/$name.ext"
    openssl x509 -req -in "$tls/$name.csr" -CA "$state/ca.pem" -CAkey "$tls/ca.key" -CAserial "$tls/ca.srl" -CAcreateserial -days 2 \
      -sha256 -extfile "$tls/$name.ext" -out "$tls/$name.pem" 2>/dev/null
    rm -f "$tls/$name.csr" "$tls/$name.ext"
  done
  rm -f "$tls/ca.key" "$tls/ca.srl"
}

# The descriptor of one listener:   descriptor FILE TITLE HOST PORT [TLS-BLOCK]
descriptor() {
  local file="$1" title="$2" host="$3" port="$4" tls="${5:-}"
  {
    echo "# Written by scripts/real-sut/mosquitto.sh: Eclipse Mosquitto ${version} on a private loopback port${title}."
    echo "# One account; its password is in the file next to this descriptor, so the wrong-password clauses apply."
    echo "name: Eclipse Mosquitto ${version}${title}"
    echo "mqtt:"
    echo "  host: $host"
    echo "  port: $port"
    echo "  username: thingconform"
    echo "  password: {file: mqtt-password}"
    [ -z "$tls" ] || echo "  tls: $tls"
    echo "ics:"
    echo "  CLIENT_DOLLAR_TOPICS: true"
    echo "  SHARED_SUBSCRIPTIONS: true"
  } > "$state/$file"
}


case "$action" in
  stop) stop ;;
  start)
    stop
    install
    port="$(free_tcp_port)" tls_port="$(free_tcp_port)" other_port="$(free_tcp_port)"
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$state/mqtt-password")
    rm -f "$state/passwd"
    mosquitto_passwd -c -b "$state/passwd" thingconform "$(cat "$state/mqtt-password")" >&2
    certificates server=DNS:localhost,IP:127.0.0.1 other-host=DNS:other.example
    # started as root, mosquitto would drop to its own user, which cannot read a private temp folder
    run_as=""
    [ "$(id -u)" -ne 0 ] || run_as="user root"
    cat > "$state/mosquitto.conf" <<CONF
$run_as
allow_anonymous false
password_file $state/passwd
persistence false
log_dest file $state/mosquitto.log

listener $port 127.0.0.1

listener $tls_port 127.0.0.1
cafile $state/ca.pem
certfile $state/tls/server.pem
keyfile $state/tls/server.key
require_certificate false

listener $other_port 127.0.0.1
cafile $state/ca.pem
certfile $state/tls/other-host.pem
keyfile $state/tls/other-host.key
require_certificate false
CONF
    mosquitto -c "$state/mosquitto.conf" >>"$state/mosquitto.out" 2>&1 &
    echo $! > "$pidfile"
    for p in "$port" "$tls_port" "$other_port"; do wait_for_port "$p" 100 mosquitto "$state/mosquitto.out"; done
    version="$(mosquitto -h 2>/dev/null | head -1 | sed 's/.*version //' || true)"
    descriptor descriptor.yaml "" 127.0.0.1 "$port"
    descriptor descriptor-tls.yaml " over TLS (throwaway CA in ca.pem)" localhost "$tls_port" "{ca: ca.pem}"
    descriptor descriptor-tls-other-host.yaml " over TLS, certificate for other.example only" localhost \
      "$other_port" "{ca: ca.pem}"
    echo "$state/descriptor.yaml"
    ;;
esac
