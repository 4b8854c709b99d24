#!/usr/bin/env bash
# The deterministic simulation of an AR year (io.credere.benchmarks.simulation.Simulation).
# Usage: benchmarks/scripts/simulate.sh SEED OPERATIONS
#        benchmarks/scripts/simulate.sh --replay FILE   (a minimised sequence a failing run wrote)
# The last line reads `operations N, checks K, violations V`; exit 0 without violations, 1 with.
# Builds benchmarks/target/benchmarks.jar (offline) when missing or older than a source; SIM_JAVA_OPTS passes JVM options.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/benchmarks/src/main" -newer "$jar" -name '*.java' | head -1)" ]; then
  (cd "$root" && mvn -B -o -q -pl benchmarks -am package -DskipTests) >&2
fi
exec java ${SIM_JAVA_OPTS:--Xmx1g} -cp "$jar" io.credere.benchmarks.simulation.Simulation "$@"
