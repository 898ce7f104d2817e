#!/usr/bin/env bash
# The CRM search benchmark (docs/benchmarks.md, "CRM search"). Not part of ./mvnw verify.
#   crm/benchmark.sh h2|postgres [customers] [vehicles] [requests per client]
# PostgreSQL: the database named by -Dbenchmark.postgres (default jdbc:postgresql://127.0.0.1:5432/hoist_bench)
# is created if missing. Data is generated once and kept under crm/target/benchmark-home (H2) or in that database.
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so platform and test-support resolve to this checkout's classes (nothing installed needed).
./mvnw -q -pl crm -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
if [ "${1:-h2}" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -tc "select 1 from pg_database where datname = 'hoist_bench'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -c "create database hoist_bench encoding 'UTF8' template template0"
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%dT%H:%MZ)"
cd crm
# BENCHMARK_JAVA_OPTS: extra JVM options, e.g. GC settings or -XX:StartFlightRecording for a profile.
# shellcheck disable=SC2086
exec java ${BENCHMARK_JAVA_OPTS:--Xmx6g} -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
  -Dbenchmark.home=target/benchmark-home cn.hoist.crm.benchmark.SearchBenchmark "$@"
