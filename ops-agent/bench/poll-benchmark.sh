#!/usr/bin/env bash
# Agent SNMP polling benchmark (docs/benchmarks.md, "Agent SNMP polling"). Not part of ./mvnw verify: it takes a
# few minutes and both cores. Usage: ops-agent/bench/poll-benchmark.sh [DEVICES=1000] [BASE_PORT=30000] [CYCLES=10]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
./mvnw -q -o -pl snmp-simulator,ops-agent -am install -DskipTests
./mvnw -q -o -pl ops-agent test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
SIM_JAR=$(ls snmp-simulator/target/snmp-simulator-*-exec.jar | head -1)
CP="ops-agent/target/test-classes:ops-agent/target/classes:$(cat ops-agent/target/bench.classpath)"
# The agent side runs with the heap the goal allows: 256 MB.
exec java -Xmx256m -cp "$CP" cn.hoist.agent.monitoring.PollBenchmark "$SIM_JAR" "${1:-1000}" "${2:-30000}" "${3:-10}"
