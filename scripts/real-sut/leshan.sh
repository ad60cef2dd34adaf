#!/usr/bin/env bash
# Eclipse Leshan's demo server 2.0.0-M4 (an OMA LwM2M 1.1 server) from Maven Central as a system
# under test for test-profiles/lwm2m.
#   scripts/real-sut.sh leshan start|stop
# Fetches the runnable jar (jar-with-dependencies) into the state folder with Maven (first start
# only), starts it in the state folder (it writes Californium.properties into its working directory)
# with CoAP, CoAPs and its web API on free loopback ports and the project's object models, and writes
# descriptor.yaml there: Leshan's REST API (/api/clients…) mapped onto the suite's LwM2M operations.
# JDK 17 needs --add-opens java.base/java.util=ALL-UNNAMED, or GET /api/clients answers 500 (Gson).
set -euo pipefail
action="$1" state="$2"
pidfile="$state/pid"
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
version=2.0.0-M4
jar="$state/leshan-server-demo-$version-jar-with-dependencies.jar"
models="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/test-profiles/lwm2m/models"

fetch() {
  [ -f "$jar" ] && return 0
  echo "real-sut: fetching leshan-server-demo $version (mvn dependency:copy)" >&2
  mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.eclipse.leshan:leshan-server-demo:$version:jar:jar-with-dependencies" \
    -DoutputDirectory="$state" >&2
}

free_udp_port() {
  python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

case "$action" in
  stop) stop ;;
  start)
    stop
    fetch
    coap="$(free_udp_port)" coaps="$(free_udp_port)" web="$(free_tcp_port)"
    (cd "$state" && exec java --add-opens java.base/java.util=ALL-UNNAMED -jar "$jar" \
      -lh 127.0.0.1 -lp "$coap" -slh 127.0.0.1 -slp "$coaps" -wh 127.0.0.1 -wp "$web" -m "$models") \
      >>"$state/leshan.out" 2>&1 &
    echo $! > "$pidfile"
    wait_for_port "$web" 600 leshan "$state/leshan.out"
    cat > "$state/descriptor.yaml" <<DESC
# Written by scripts/real-sut/leshan.sh: Eclipse Leshan demo server ${version} on private loopback ports.
# Run test-profiles/lwm2m/profile.yaml against it.
name: Eclipse Leshan demo server
version: "${version}"
ics:
  SENML_CBOR: true           # the demo reads and writes SenML CBOR (format=SENML_CBOR)
  COMPOSITE: false           # the server library has Read/Write-Composite, but the demo's REST API offers neither
  QUEUE_MODE: true           # PresenceService: requests for a sleeping queue-mode client wait for it to wake
  BOOTSTRAP: false           # a bootstrap server is a separate program (leshan-bsserver-demo), not this one
ixit:
  queueAwakeTime: 93s        # Leshan's fixed awake time (CoAP MAX_TRANSMIT_WAIT); the demo has no flag for it
lwm2m:
  server: {host: 127.0.0.1, port: $coap}
  absentStatus: [400]        # GET /api/clients/{ep} of an unknown client: 400 "no registered client with id …"
  formats: {text: TEXT, opaque: OPAQUE, tlv: TLV, json: JSON, senml-json: SENML_JSON, senml-cbor: SENML_CBOR, cbor: CBOR}
  api:
    baseUrl: http://127.0.0.1:$web/api
    operations:
      getRegistration:
        method: GET
        path: /clients/{endpoint}
        extract: {lifetime: \$.lifetime, binding: \$.bindingMode, lwm2mVersion: \$.lwM2mVersion, objectLinks: \$.objectLinks}
        fields:
          objectLinks: {url: \$.url}
      listRegistrations:
        method: GET
        path: /clients
        extract: {registrations: \$}
      read:
        method: GET
        path: /clients/{endpoint}/{path}
        query: {format: "{format}", timeout: "5"}
        extract: {ok: \$.success, code: \$.status, value: \$.content.value}
      write:                        # a resource node (value) or an instance node (resources); Leshan M4 reads id, value and
                                    # resources only (the type it infers from the JSON value), newer Leshans want kind and type
        method: PUT
        path: /clients/{endpoint}/{path}
        query: {format: "{format}", replace: "{replace}", timeout: "5"}
        body: {id: "{params.id}", value: "{params.value}", type: "{params.type}",
               resources: {"{forEach}": "{params.nodes}",
                           "{item}": {id: "{item.id}", kind: singleResource, value: "{item.value}", type: "{item.type}"}}}
        extract: {ok: \$.success, code: \$.status}
      create:
        method: POST
        path: /clients/{endpoint}/{object}
        query: {format: TLV, timeout: "5"}
        body: {id: "{params.instanceId}", kind: instance,
               resources: {"{forEach}": "{params.nodes}",
                           "{item}": {id: "{item.id}", kind: singleResource, value: "{item.value}", type: "{item.type}"}}}
        extract: {ok: \$.success, code: \$.status}
      execute:                      # the arguments as a plain text body (none: no body)
        method: POST
        path: /clients/{endpoint}/{path}
        query: {timeout: "5"}
        body: "{params.args}"
        extract: {ok: \$.success, code: \$.status}
      delete:
        method: DELETE
        path: /clients/{endpoint}/{object}/{instance}
        query: {timeout: "5"}
        extract: {ok: \$.success, code: \$.status}
      discover:
        method: GET
        path: /clients/{endpoint}/{path}/discover
        query: {timeout: "5"}
        extract: {ok: \$.success, code: \$.status, links: \$.objectLinks}
        fields:
          links: {path: \$.url, attributes: \$.attributes}
      writeAttributes:
        method: PUT
        path: /clients/{endpoint}/{path}/attributes
        query: {pmin: "{pmin}", pmax: "{pmax}"}   # no timeout here: Leshan reads every query parameter as an attribute
        extract: {ok: \$.success, code: \$.status}
      observe:
        method: POST
        path: /clients/{endpoint}/{path}/observe
        query: {format: "{format}", timeout: "5"}
        extract: {ok: \$.success, code: \$.status, value: \$.content.value}
      cancelObservation:            # Leshan 2.0.0-M4 cancels passively only: the client learns it by an RST
        method: DELETE
        path: /clients/{endpoint}/{path}/observe
        extract: {ok: \$.success}
  events:
    path: /event
    query: {ep: "{endpoint}"}
    headers: {Accept: text/event-stream}
    kinds: {registration: REGISTRATION, update: UPDATED, deregistration: DEREGISTRATION, notification: NOTIFICATION}
    fields: {endpoint: [\$.ep, \$.endpoint, \$.registration.endpoint], path: \$.res, value: \$.val.value}
DESC
    echo "$state/descriptor.yaml"
    ;;
esac
