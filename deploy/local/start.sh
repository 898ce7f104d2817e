#!/usr/bin/env bash
# Starts the whole Hoist suite on this machine on embedded H2: the ops console, the CRM with demo
# data, an ops agent enrolled for a demo shop, and a real SNMP agent for it to monitor (net-snmp's
# snmpd where installed, else the bundled simulator's switch, printer and UPS). Prints the URLs and
# credentials at the end.
# Safe to run twice: what is already running is left alone. Stop everything with deploy/local/stop.sh.
#
# Settings (environment):
#   HOIST_HOME            data, logs and secrets of this installation (default: ~/hoist)
#   HOIST_ADMIN_PASSWORD  the admin password of the console and the CRM (default: generated once,
#                         kept in $HOIST_HOME/local/admin-password, readable by you only)
#   HOIST_CONSOLE_PORT    console port (default 8090); HOIST_CRM_PORT (8080); HOIST_AGENT_PORT (9180, loopback)
#   HOIST_AGENT_OFFLINE_AFTER  how long without a heartbeat before the console marks the agent OFFLINE (30s)
#   HOIST_SNMP_PORT       UDP port of the demo SNMP agent on 127.0.0.1 (default 11161; the simulator
#                         uses it and the next two); HOIST_TRAP_PORT the agent's trap port (11170, clear
#                         of the simulator's three)
#   HOIST_DEMO_SNMP       snmpd or simulator (default: snmpd where installed, else simulator)
#   JAVA_HOME             the JDK to use (default: java on the PATH); JDK 17 or newer
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HOIST_HOME=${HOIST_HOME:-$HOME/hoist}
CONSOLE_PORT=${HOIST_CONSOLE_PORT:-8090}
CRM_PORT=${HOIST_CRM_PORT:-8080}
AGENT_PORT=${HOIST_AGENT_PORT:-9180}
OFFLINE_AFTER=${HOIST_AGENT_OFFLINE_AFTER:-30s}
SNMP_PORT=${HOIST_SNMP_PORT:-11161}
TRAP_PORT=${HOIST_TRAP_PORT:-11170}
SNMPD=$(command -v snmpd || ls /usr/sbin/snmpd 2>/dev/null || true)
DEMO_SNMP=${HOIST_DEMO_SNMP:-$([[ -n "$SNMPD" ]] && echo snmpd || echo simulator)}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
LOCAL="$HOIST_HOME/local"
CONSOLE_URL="http://127.0.0.1:$CONSOLE_PORT"
CRM_URL="http://127.0.0.1:$CRM_PORT"
DEMO_SHOP="演示门店 Demo Shop"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf 'start.sh: %s\n' "$*" >&2; exit 1; }

command -v "$JAVA" >/dev/null 2>&1 || fail "no java found; install a JDK 17 or newer (or set JAVA_HOME)"
"$JAVA" -version 2>&1 | head -1 | grep -Eq '"(1[7-9]|[2-9][0-9])' || fail "Hoist needs Java 17 or newer: $("$JAVA" -version 2>&1 | head -1)"
command -v curl >/dev/null 2>&1 || fail "curl is needed"

jar_of() { ls "$ROOT/$1/target/$1"-*.jar 2>/dev/null | grep -v -- '-plain\|sources\|-exec' | head -1; }
sim_jar() { ls "$ROOT/snmp-simulator/target/snmp-simulator-"*-exec.jar 2>/dev/null | head -1; }

# 1. Build what is missing.
if [[ -z "$(jar_of ops-console)" || -z "$(jar_of crm)" || -z "$(jar_of ops-agent)" \
      || ( "$DEMO_SNMP" == simulator && -z "$(sim_jar)" ) ]]; then
  say "Building Hoist (first run only; takes a few minutes)"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package) || fail "the build failed; see the output above"
fi
CONSOLE_JAR=$(jar_of ops-console); CRM_JAR=$(jar_of crm); AGENT_JAR=$(jar_of ops-agent)

# 2. Secrets: kept in files only you can read.
umask 077
mkdir -p "$LOCAL" "$HOIST_HOME/console/logs" "$HOIST_HOME/crm/logs" "$HOIST_HOME/agent/logs"
secret() { # file: print the secret in the file, creating it on first use
  [[ -s "$1" ]] || LC_ALL=C tr -dc 'A-HJ-NP-Za-km-z2-9' < /dev/urandom | head -c 24 > "$1"
  cat "$1"
}
if [[ -n "${HOIST_ADMIN_PASSWORD:-}" ]]; then ADMIN_PASSWORD=$HOIST_ADMIN_PASSWORD; else ADMIN_PASSWORD=$(secret "$LOCAL/admin-password"); fi
REGISTRAR_PASSWORD=$(secret "$LOCAL/registrar-password")
SNMP_AUTH_PASSWORD=$(secret "$LOCAL/snmp-auth-password")
SNMP_PRIV_PASSWORD=$(secret "$LOCAL/snmp-priv-password")

running() { [[ -f "$LOCAL/$1.pid" ]] && kill -0 "$(cat "$LOCAL/$1.pid")" 2>/dev/null; }
launch() { # name log command...: start in the background unless already running
  local name=$1 log=$2; shift 2
  if running "$name"; then say "$name is already running (pid $(cat "$LOCAL/$name.pid"))"; return; fi
  say "Starting $name"
  nohup "$@" >> "$log" 2>&1 < /dev/null &
  echo $! > "$LOCAL/$name.pid"
}
healthy() { curl -fs -o /dev/null "$1/actuator/health"; }
wait_healthy() { # name url seconds
  local deadline=$((SECONDS + $3))
  until healthy "$2"; do
    running "$1" || fail "$1 stopped while starting; see its log under $HOIST_HOME"
    (( SECONDS < deadline )) || fail "$1 did not become healthy within $3 s; see its log under $HOIST_HOME"
    sleep 1
  done
}

# 3. Console and CRM.
launch console "$HOIST_HOME/console/logs/stdout.log" env HOIST_HOME="$HOIST_HOME" \
  HOIST_ADMIN_PASSWORD="$ADMIN_PASSWORD" HOIST_REGISTRAR_PASSWORD="$REGISTRAR_PASSWORD" \
  "$JAVA" -Xmx512m -jar "$CONSOLE_JAR" --server.port="$CONSOLE_PORT" --hoist.console.agent-offline-after="$OFFLINE_AFTER"
launch crm "$HOIST_HOME/crm/logs/stdout.log" env HOIST_HOME="$HOIST_HOME" \
  HOIST_ADMIN_PASSWORD="$ADMIN_PASSWORD" HOIST_CONSOLE_URL="$CONSOLE_URL" HOIST_REGISTRAR_PASSWORD="$REGISTRAR_PASSWORD" \
  "$JAVA" -Xmx512m -jar "$CRM_JAR" --server.port="$CRM_PORT" --spring.profiles.active=demo
wait_healthy console "$CONSOLE_URL" 120

# 4. A real SNMP agent for the demo agent to monitor, and the agent's configuration.
if (( TRAP_PORT >= SNMP_PORT && TRAP_PORT <= SNMP_PORT + 2 )); then
  fail "HOIST_TRAP_PORT=$TRAP_PORT is one of the demo SNMP agent's ports ($SNMP_PORT-$((SNMP_PORT + 2))): choose another"
fi
if [[ "$DEMO_SNMP" == snmpd ]]; then
  [[ -n "$SNMPD" ]] || fail "HOIST_DEMO_SNMP=snmpd but snmpd is not installed (apt-get install snmpd)"
  mkdir -p "$LOCAL/snmpd/persist"
  cat > "$LOCAL/snmpd/snmpd.conf" <<SNMPD
# Generated by deploy/local/start.sh: the demo shop's server as SNMP sees it (loopback only).
agentaddress udp:127.0.0.1:$SNMP_PORT
rocommunity public 127.0.0.1
createUser hoist-demo SHA-256 $SNMP_AUTH_PASSWORD AES $SNMP_PRIV_PASSWORD
rouser hoist-demo priv
sysName demo-shop-server
sysLocation Demo Shop server rack
SNMPD
  launch snmpd "$LOCAL/snmpd/snmpd.log" "$SNMPD" -f -Lo -C -c "$LOCAL/snmpd/snmpd.conf" \
    --persistentDir="$LOCAL/snmpd/persist"
else
  launch snmp-simulator "$LOCAL/snmp-simulator.log" "$JAVA" -Xmx128m -jar "$(sim_jar)" --port "$SNMP_PORT" \
    --device switch,printer,ups --community public \
    --v3-user "hoist-demo:SHA256:$SNMP_AUTH_PASSWORD:AES128:$SNMP_PRIV_PASSWORD"
fi
AGENT_YML="$HOIST_HOME/agent/agent.yml"
GENERATED="# Generated by deploy/local/start.sh"
if [[ ! -f "$AGENT_YML" ]] || head -1 "$AGENT_YML" | grep -qF "$GENERATED"; then
  say "Writing the demo agent's configuration $AGENT_YML"
  {
    echo "$GENERATED (delete this line to keep your own edits); see docs/agent-configuration.md."
    cat <<YML
defaults:
  interval: 30s
  unreachable-interval: 2m
traps:
  bind: 127.0.0.1
  port: $TRAP_PORT
  communities: [public]
crm-health:
  url: $CRM_URL/actuator/health
local-host:
  name: agent-host
devices:
YML
    if [[ "$DEMO_SNMP" == snmpd ]]; then cat <<YML
  - name: shop-server
    kind: server
    address: 127.0.0.1
    snmp: {port: $SNMP_PORT, version: 3, user: hoist-demo, auth: SHA256, auth-password: "\${HOIST_DEMO_SNMP_AUTH}",
           priv: AES128, priv-password: "\${HOIST_DEMO_SNMP_PRIV}", profiles: [system, interfaces, host-resources]}
    checks:
      - {type: tcp, port: $CRM_PORT, name: crm-port}
      - {type: http, url: "$CONSOLE_URL/actuator/health", name: console-http}
YML
    else cat <<YML
  - name: core-switch
    kind: switch
    address: 127.0.0.1
    snmp: {port: $SNMP_PORT, community: public}
  - name: front-printer
    kind: printer
    address: 127.0.0.1
    snmp: {port: $((SNMP_PORT + 1)), version: 3, user: hoist-demo, auth: SHA256,
           auth-password: "\${HOIST_DEMO_SNMP_AUTH}", priv: AES128, priv-password: "\${HOIST_DEMO_SNMP_PRIV}"}
  - name: server-ups
    kind: ups
    address: 127.0.0.1
    snmp: {port: $((SNMP_PORT + 2)), community: public}
  - name: shop-server
    kind: server
    address: 127.0.0.1
    checks:
      - {type: tcp, port: $CRM_PORT, name: crm-port}
      - {type: http, url: "$CONSOLE_URL/actuator/health", name: console-http}
YML
    fi
  } > "$AGENT_YML"
fi

# 5. The demo shop and its agent.
api() { curl -fsS -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$@"; }
json_field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" | head -1; }
if [[ ! -f "$HOIST_HOME/agent/credential.json" ]]; then
  say "Creating the demo shop and enrolling its agent"
  SHOP_ID=$(api "$CONSOLE_URL/api/shops?size=500" | tr '{' '\n' | grep -F "\"name\":\"$DEMO_SHOP\"" | json_field id || true)
  if [[ -z "$SHOP_ID" ]]; then
    SHOP_ID=$(api -X POST -d "{\"name\":\"$DEMO_SHOP\",\"chain\":\"Hoist 演示\",\"address\":\"北京市朝阳区\"}" "$CONSOLE_URL/api/shops" | json_field id)
  fi
  CODE=$(api -X POST "$CONSOLE_URL/api/shops/$SHOP_ID/enrollment-codes" | json_field code)
  "$JAVA" -jar "$AGENT_JAR" enroll --home "$HOIST_HOME" --console "$CONSOLE_URL" --code "$CODE"
fi
launch agent "$HOIST_HOME/agent/logs/stdout.log" env HOIST_HOME="$HOIST_HOME" \
  HOIST_DEMO_SNMP_AUTH="$SNMP_AUTH_PASSWORD" HOIST_DEMO_SNMP_PRIV="$SNMP_PRIV_PASSWORD" \
  "$JAVA" -Xmx256m -jar "$AGENT_JAR" run --home "$HOIST_HOME" --server.port="$AGENT_PORT" \
  --hoist.agent.reporting.heartbeat-interval=10s

wait_healthy crm "$CRM_URL" 120
wait_healthy agent "http://127.0.0.1:$AGENT_PORT" 60

# 6. Wait until the console has the agent's first heartbeat.
deadline=$((SECONDS + 60))
until api "$CONSOLE_URL/api/shops?size=500" | grep -q '"status":"ONLINE"'; do
  (( SECONDS < deadline )) || fail "the agent did not report to the console within 60 s; see $HOIST_HOME/agent/logs"
  sleep 1
done

cat <<INFO

Hoist is running (data and logs in $HOIST_HOME).

  Ops console      $CONSOLE_URL            user admin   password $ADMIN_PASSWORD
  Spring Boot Admin $CONSOLE_URL/admin
  Shop CRM         $CRM_URL            user admin   password $ADMIN_PASSWORD
  Agent metrics    http://127.0.0.1:$AGENT_PORT/actuator/prometheus   user metrics   password in $HOIST_HOME/agent/secrets/metrics.password
  Monitored        $DEMO_SNMP on udp:127.0.0.1:$SNMP_PORT (v2c community public; v3 user hoist-demo, SHA-256/AES,
                   pass phrases in $LOCAL/snmp-auth-password and snmp-priv-password)
  Agent config     $AGENT_YML; check it with
                   HOIST_DEMO_SNMP_AUTH=\$(cat $LOCAL/snmp-auth-password) HOIST_DEMO_SNMP_PRIV=\$(cat $LOCAL/snmp-priv-password) \\
                   java -jar $AGENT_JAR config check --home $HOIST_HOME
  Agent traps      udp:127.0.0.1:$TRAP_PORT, community public

  The admin password is kept in $LOCAL/admin-password unless you set HOIST_ADMIN_PASSWORD.
  Stop everything with: deploy/local/stop.sh
INFO
