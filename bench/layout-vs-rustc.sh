#!/usr/bin/env bash
# bench/layout-vs-rustc.sh [COUNT] [RUNS] — `rustmem layout --format rustc` vs
# `rustc -Zprint-type-sizes --emit=obj` on one generated file of COUNT (default 20000) type
# definitions, side by side in one run, each started cold from the shell RUNS times (default 5;
# rustc 3 times). Prints the machine, min/median wall times, the ratio, and checks that every block
# rustmem prints is identical to rustc's (dev.rustmem.difftest.CompareMain).
#
# rustmem is started as `./rustmem` when that launcher exists, else `java -jar target/rustmem.jar`,
# else `java -cp target/classes dev.rustmem.cli.Main`. Results go to bench/out/.
set -euo pipefail
COUNT=${1:-20000}
RUNS=${2:-5}
RUSTC_RUNS=3
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=bench/out
mkdir -p "$OUT"
FILE=$OUT/types-$COUNT.rs

mvn -q -o test-compile
TESTCP=target/test-classes:target/classes
java -cp "$TESTCP" dev.rustmem.difftest.BenchFile "$FILE" "$COUNT" 20000

if [ -x ./rustmem ]; then RUSTMEM=(./rustmem)
elif [ -f target/rustmem.jar ]; then RUSTMEM=(java -jar target/rustmem.jar)
else RUSTMEM=(java -cp target/classes dev.rustmem.cli.Main); fi

# untimed: lets ./rustmem build target/rustmem.jar and its class-data archive if they are stale,
# so that every timed run below is an ordinary cold start
"${RUSTMEM[@]}" --version > /dev/null

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# stats "name" t1 t2 ... -> prints min and median (ms)
stats() {
  local name=$1; shift
  local sorted; sorted=$(printf '%s\n' "$@" | sort -n)
  local n=$#; local min; min=$(echo "$sorted" | head -1)
  local med; med=$(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p")
  printf '%-8s runs=%d  min=%d ms  median=%d ms  (all: %s)\n' "$name" "$n" "$min" "$med" "$(echo $sorted)"
  eval "${name}_MIN=$min; ${name}_MED=$med"
}

echo "== machine"
echo "nproc: $(nproc)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
echo "memory: $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2/1048576}')"
echo "java: $(java -version 2>&1 | head -1)"
echo "rustc: $(rustc --version)"
echo "rustmem: ${RUSTMEM[*]}"
echo "file: $FILE ($(wc -c < "$FILE") bytes, $COUNT definitions)"

echo "== runs (interleaved, cold processes)"
T_RUSTMEM=(); T_RUSTC=()
for i in $(seq 1 "$RUNS"); do
  t0=$(now_ms)
  RC=0
  "${RUSTMEM[@]}" layout "$FILE" --format rustc > "$OUT/rustmem.out" 2> "$OUT/rustmem.err" || RC=$?
  T_RUSTMEM+=($(( $(now_ms) - t0 )))
  if [ "$RC" -ne 0 ]; then
    # keep measuring, but say so: a run that stops at an error does less work than a full one
    echo "WARNING: rustmem exited with $RC; its time does not cover a full layout run:"
    grep -m3 '^error' "$OUT/rustmem.err" || head -3 "$OUT/rustmem.err"
  fi
  if [ "$i" -le "$RUSTC_RUNS" ]; then
    t0=$(now_ms)
    RUSTC_BOOTSTRAP=1 rustc --edition 2024 -Zprint-type-sizes --emit=obj -o "$OUT/rustc.o" "$FILE" \
      > "$OUT/rustc.pts" 2> "$OUT/rustc.err" || { echo "rustc failed:"; head -20 "$OUT/rustc.err"; exit 1; }
    T_RUSTC+=($(( $(now_ms) - t0 )))
  fi
done
stats RUSTMEM "${T_RUSTMEM[@]}"
stats RUSTC "${T_RUSTC[@]}"
awk -v a="$RUSTC_MED" -v b="$RUSTMEM_MED" -v c="$RUSTC_MIN" -v d="$RUSTMEM_MIN" \
  'BEGIN { printf "ratio rustc/rustmem: %.1fx (medians), %.1fx (minimums)\n", a / b, c / d }'

echo "== outputs agree?"
AGREE=yes
java -cp "$TESTCP" dev.rustmem.difftest.CompareMain "$FILE" "$OUT/rustc.pts" "$OUT/rustmem.out" || AGREE=no

# a Markdown summary for docs/benchmarks.md
{
  echo "| | runs | min | median |"
  echo "|---|---|---|---|"
  echo "| \`rustmem layout --format rustc\` (cold JVM) | $RUNS | $RUSTMEM_MIN ms | $RUSTMEM_MED ms |"
  echo "| \`rustc -Zprint-type-sizes --emit=obj\` | $RUSTC_RUNS | $RUSTC_MIN ms | $RUSTC_MED ms |"
  echo
  awk -v a="$RUSTC_MED" -v b="$RUSTMEM_MED" 'BEGIN { printf "rustmem is %.1fx faster (medians).\n", a / b }'
  echo
  echo "Outputs agree: $AGREE. Input: $(wc -c < "$FILE") bytes, $COUNT generated definitions."
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'),"
  echo "$(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2/1048576}') RAM, $(java -version 2>&1 | head -1), $(rustc --version)."
} > "$OUT/summary.md"
echo "summary: $OUT/summary.md"
[ "$AGREE" = yes ]
