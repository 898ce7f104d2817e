#!/usr/bin/env bash
# Stops what deploy/local/start.sh started (agent first, then CRM, console and the demo SNMP agent).
# Data stays in HOIST_HOME.
set -uo pipefail
HOIST_HOME=${HOIST_HOME:-$HOME/hoist}
LOCAL="$HOIST_HOME/local"

stop() {
  local name=$1 pidfile="$LOCAL/$1.pid"
  if [[ ! -f "$pidfile" ]]; then
    # Only one of snmpd and the simulator ever runs: say nothing about the other.
    [[ "$name" == snmpd || "$name" == snmp-simulator ]] || echo "$name is not running"
    return
  fi
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    echo "Stopping $name (pid $pid)"
    kill -TERM "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then echo "$name did not stop within 30 s; killing it"; kill -KILL "$pid"; fi
  else
    echo "$name is not running"
  fi
  rm -f "$pidfile"
}

for name in "${@:-agent crm console snmpd snmp-simulator}"; do
  for n in $name; do stop "$n"; done
done
