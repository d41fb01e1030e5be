#!/usr/bin/env bash
# bench/phases.sh [COUNT] [ROUNDS] — where `rustmem layout --format rustc` spends its time on the
# generated file of COUNT (default 20000) definitions: runs the phases (read, std (parse once, then collect), parse,
# expand, TyCtxt.load, layout, views, render) ROUNDS times (default 3) in one JVM started with the
# launcher's JIT and GC flags, and prints each phase's wall/CPU milliseconds per round
# (dev.rustmem.cli.PhasesMain). Round 1 is the cold run; later rounds show the warm costs.
# Speed targets live here and in layout-vs-rustc.sh, never in unit tests.
set -euo pipefail
COUNT=${1:-20000}
ROUNDS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=bench/out
mkdir -p "$OUT"
FILE=$OUT/types-$COUNT.rs
mvn -q -o test-compile
CP=target/test-classes:target/classes
[ -f "$FILE" ] || java -cp "$CP" dev.rustmem.difftest.BenchFile "$FILE" "$COUNT" 20000
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); phase wall ms/cpu ms/allocated MiB (cpu and allocation: main thread only)"
java -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.2 -XX:C1MaxInlineSize=20 -XX:C1MaxInlineLevel=4 -XX:Tier3BackEdgeThreshold=2000 -XX:-UseDynamicNumberOfCompilerThreads -XX:+UseParallelGC -Xmn384m -cp "$CP" dev.rustmem.cli.PhasesMain "$FILE" "$ROUNDS"
