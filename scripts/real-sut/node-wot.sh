#!/usr/bin/env bash
# node-wot 0.8.16 (Eclipse Thingweb, W3C WoT servient) exposing a small Thing "lamp" over HTTP and
# CoAP on private loopback ports, for the wot-td profile. Called by scripts/real-sut.sh:
#   scripts/real-sut.sh node-wot start   # installs into the state folder if missing, starts, writes descriptor.yaml
#   scripts/real-sut.sh node-wot stop
# Needs node and npm (Node 18+). The state folder holds app/ (npm packages and lamp.js), node-wot.log,
# pid and descriptor.yaml.
set -euo pipefail

action="$1" state="$2"
version=0.8.16
app="$state/app"

fail() { echo "node-wot: $*" >&2; exit 1; }

. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

install() {
  command -v node >/dev/null || fail "node is not installed (node-wot needs Node 18 or later)"
  command -v npm >/dev/null || fail "npm is not installed"
  if [ "$(node -p "try{require('$app/node_modules/@node-wot/core/package.json').version}catch(e){''}")" = "$version" ]; then
    return
  fi
  mkdir -p "$app"
  [ -f "$app/package.json" ] || echo '{"name":"thingconform-node-wot","private":true}' > "$app/package.json"
  echo "node-wot: installing @node-wot/{core,binding-http,binding-coap,binding-mqtt}@$version into $app" >&2
  (cd "$app" && npm install --no-audit --no-fund --loglevel=error "@node-wot/core@$version" \
    "@node-wot/binding-http@$version" "@node-wot/binding-coap@$version" "@node-wot/binding-mqtt@$version" >&2) \
    || fail "npm install failed"
}

# A free loopback port: TCP for HTTP, UDP for CoAP (the OS picks, the script hands it to node-wot).
free_port() {
  node -e '
    const kind = process.argv[1];
    if (kind === "tcp") { const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); }); }
    else { const s = require("dgram").createSocket("udp4"); s.bind(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); }); }' "$1"
}

write_thing() {
  cat > "$app/lamp.js" <<'JS'
// A small Thing for ThingConform's wot-td profile: properties, an action and an event, with data schemas.
const { Servient } = require("@node-wot/core");
const { HttpServer } = require("@node-wot/binding-http");
const { CoapServer } = require("@node-wot/binding-coap");

const [httpPort, coapPort] = process.argv.slice(2).map(Number);
const servient = new Servient();
servient.addServer(new HttpServer({ port: httpPort, address: "127.0.0.1" }));
servient.addServer(new CoapServer({ port: coapPort, address: "127.0.0.1" }));

servient.start().then(async (WoT) => {
  const state = { brightness: 40, on: true, status: "ok" };
  const thing = await WoT.produce({
    title: "lamp",
    description: "A dimmable lamp exposed by node-wot for ThingConform",
    properties: {
      brightness: { type: "integer", minimum: 0, maximum: 100, unit: "percent", observable: true },
      on: { type: "boolean" },
      status: { type: "string", enum: ["ok", "overheated"], readOnly: true },
    },
    actions: {
      fade: {
        input: { type: "object", properties: { to: { type: "integer", minimum: 0, maximum: 100 } }, required: ["to"] },
        output: { type: "object", properties: { brightness: { type: "integer", minimum: 0, maximum: 100 } },
                  required: ["brightness"] },
      },
    },
    events: {
      overheat: { data: { type: "object", properties: { celsius: { type: "number" } }, required: ["celsius"] } },
    },
  });
  for (const name of Object.keys(state)) {
    thing.setPropertyReadHandler(name, async () => state[name]);
  }
  for (const name of ["brightness", "on"]) {
    thing.setPropertyWriteHandler(name, async (value) => { state[name] = await value.value(); });
  }
  thing.setActionHandler("fade", async (params) => {
    const input = await params.value();
    state.brightness = input.to;
    return { brightness: state.brightness };
  });
  await thing.expose();
  // the lamp overheats now and then: an event for long-poll subscribers
  setInterval(() => thing.emitEvent("overheat", { celsius: 81.5 }), 250);
  console.log("lamp exposed");
});
JS
}

case "$action" in
  stop)
    stop
    ;;
  start)
    stop
    install
    write_thing
    http_port="$(free_port tcp)"
    coap_port="$(free_port udp)"
    (cd "$app" && exec node lamp.js "$http_port" "$coap_port") >"$state/node-wot.log" 2>&1 &
    echo $! > "$state/pid"
    td="http://127.0.0.1:$http_port/lamp"
    if ! curl -sf --retry 60 --retry-connrefused --retry-delay 1 --retry-max-time 60 -o /dev/null "$td"; then
      tail -n 20 "$state/node-wot.log" >&2
      stop
      fail "the Thing's TD did not come up at $td; log: $state/node-wot.log"
    fi
    cat > "$state/descriptor.yaml" <<YAML
# yaml-language-server: \$schema=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/test-profiles/schema/platform-descriptor.schema.json
# node-wot $version exposing the Thing "lamp" (written by scripts/real-sut/node-wot.sh)
name: node-wot $version
wot:
  things:
    lamp: $td
ics:
  WOT_TD: true
  WOT_HTTP: true
  WOT_EVENTS: true
  WOT_COAP: true
YAML
    echo "$state/descriptor.yaml"
    ;;
  *)
    fail "usage: node-wot.sh start|stop STATE_DIR"
    ;;
esac
