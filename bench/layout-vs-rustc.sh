#!/usr/bin/env bash
# bench/layout-vs-rustc.sh [COUNT] [RUNS] — `rustmem layout --format rustc` vs
# `rustc -Zprint-type-sizes --emit=obj` on one generated file of COUNT (default 20000) type
# definitions, side by side in one run, each started cold from the shell RUNS times (default 5;
# rustc 3 times). Prints the machine, min/median wall and CPU times, the ratios, and checks that every block
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

# run_timed OUTFILE ERRFILE CMD... : runs CMD cold; sets WALL_MS, CPU_MS (user+sys) and RC
run_timed() {
  local out=$1 err=$2; shift 2
  RC=0
  /usr/bin/time -f '%e %U %S' -o "$OUT/time.txt" "$@" > "$out" 2> "$err" || RC=$?
  read -r e u sy < <(tail -1 "$OUT/time.txt")
  WALL_MS=$(awk -v e="$e" 'BEGIN { printf "%d", e * 1000 }')
  CPU_MS=$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%d", (u + s) * 1000 }')
}
# stats NAME t1 t2 ... -> prints min and median (ms), sets NAME_MIN and NAME_MED
stats() {
  local name=$1; shift
  local sorted; sorted=$(printf '%s\n' "$@" | sort -n)
  local n=$#; local min; min=$(echo "$sorted" | head -1)
  local med; med=$(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p")
  printf '%-12s runs=%d  min=%d ms  median=%d ms  (all: %s)\n' "$name" "$n" "$min" "$med" "$(echo $sorted)"
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
T_RUSTMEM=(); C_RUSTMEM=(); T_RUSTC=(); C_RUSTC=(); RUSTMEM_RC=0
for i in $(seq 1 "$RUNS"); do
  run_timed "$OUT/rustmem.out" "$OUT/rustmem.err" "${RUSTMEM[@]}" layout "$FILE" --format rustc
  T_RUSTMEM+=("$WALL_MS"); C_RUSTMEM+=("$CPU_MS")
  if [ "$RC" -ne 0 ]; then
    # keep measuring, but say so: a run that stops at an error does less work than a full one
    RUSTMEM_RC=$RC
    echo "WARNING: rustmem exited with $RC; its time does not cover a full layout run:"
    grep -m3 '^error' "$OUT/rustmem.err" || head -3 "$OUT/rustmem.err"
  fi
  if [ "$i" -le "$RUSTC_RUNS" ]; then
    run_timed "$OUT/rustc.pts" "$OUT/rustc.err" env RUSTC_BOOTSTRAP=1 rustc --edition 2024 -Zprint-type-sizes \
      --emit=obj -o "$OUT/rustc.o" "$FILE"
    [ "$RC" -eq 0 ] || { echo "rustc failed:"; head -20 "$OUT/rustc.err"; exit 1; }
    T_RUSTC+=("$WALL_MS"); C_RUSTC+=("$CPU_MS")
  fi
done
echo "wall clock:"
stats RUSTMEM "${T_RUSTMEM[@]}"
stats RUSTC "${T_RUSTC[@]}"
echo "CPU time (user + sys):"
stats RUSTMEM_CPU "${C_RUSTMEM[@]}"
stats RUSTC_CPU "${C_RUSTC[@]}"
awk -v a="$RUSTC_MED" -v b="$RUSTMEM_MED" -v c="$RUSTC_MIN" -v d="$RUSTMEM_MIN" -v e="$RUSTC_CPU_MED" \
  -v f="$RUSTMEM_CPU_MED" 'BEGIN { printf "ratio rustc/rustmem: %.1fx (wall medians), %.1fx (wall minimums), %.1fx (CPU medians)\n", a / b, c / d, e / f }'

echo "== outputs agree?"
AGREE=yes
java -cp "$TESTCP" dev.rustmem.difftest.CompareMain "$FILE" "$OUT/rustc.pts" "$OUT/rustmem.out" 3 || AGREE=no

# a Markdown summary for docs/benchmarks.md
{
  echo "| | runs | wall min | wall median | CPU median |"
  echo "|---|---|---|---|---|"
  echo "| \`rustmem layout --format rustc\` (cold JVM) | $RUNS | $RUSTMEM_MIN ms | $RUSTMEM_MED ms | $RUSTMEM_CPU_MED ms |"
  echo "| \`rustc -Zprint-type-sizes --emit=obj\` | ${#T_RUSTC[@]} | $RUSTC_MIN ms | $RUSTC_MED ms | $RUSTC_CPU_MED ms |"
  echo
  awk -v a="$RUSTC_MED" -v b="$RUSTMEM_MED" -v e="$RUSTC_CPU_MED" -v f="$RUSTMEM_CPU_MED" \
    'BEGIN { printf "rustmem is %.1fx faster (wall medians), %.1fx (CPU medians).\n", a / b, e / f }'
  echo
  [ "$RUSTMEM_RC" -eq 0 ] || echo "**rustmem exited with $RUSTMEM_RC (errors): its runs stopped early, the times are not a full run.**"
  echo "Outputs agree: $AGREE. Input: $(wc -c < "$FILE") bytes, $COUNT generated definitions."
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'),"
  echo "$(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2/1048576}') RAM, load average $(cut -d' ' -f1-3 /proc/loadavg),"
  echo "$(java -version 2>&1 | head -1), $(rustc --version)."
} > "$OUT/summary.md"
echo "summary: $OUT/summary.md"
[ "$AGREE" = yes ]
