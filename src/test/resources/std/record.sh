#!/usr/bin/env bash
# Regenerates facts-x86_64.txt from rustc (the truth): for every type in types.txt, the
# -Zprint-type-sizes blocks rustc prints when a lib crate computes that type's layout (and the
# layouts of everything inside it), plus the #[rustc_layout(debug)] summary (size, align, field
# offsets, largest niche, variants) condensed to JSON by layout_dump.py.
#
# usage: record.sh [LAYOUT_DUMP]   (default src/test/resources/oracle/layout_dump.py, run from the repository root)
# Needs the installed rustc 1.95 (RUSTC_BOOTSTRAP=1 is set here). Output order follows types.txt.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DUMP=${1:-src/test/resources/oracle/layout_dump.py}
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
export RUSTC_BOOTSTRAP=1
mapfile -t TYPES < <(grep -v '^\s*#' "$HERE/types.txt" | grep -v '^\s*$')

# 1. One lib crate per type: only that type's layout closure is computed, nothing else.
for i in "${!TYPES[@]}"; do
    { cat "$HERE/probe_prelude.rs"; echo "pub fn probe() -> usize { core::mem::size_of::<${TYPES[$i]}>() }"; } \
        > "$WORK/p$i.rs"
done
seq 0 $((${#TYPES[@]} - 1)) | xargs -P 2 -I{} sh -c \
    'rustc --edition 2024 --crate-type lib -Zprint-type-sizes --emit=obj -o "$1/p$2.o" "$1/p$2.rs" > "$1/p$2.pts"' \
    _ "$WORK" {}

# 2. One crate with a #[rustc_layout(debug)] alias per type.
{
    echo '#![feature(rustc_attrs)]'
    cat "$HERE/probe_prelude.rs"
    for i in "${!TYPES[@]}"; do echo "#[rustc_layout(debug)] type T$i = ${TYPES[$i]};"; done
} > "$WORK/dump.rs"
"$DUMP" "$WORK/dump.rs" > "$WORK/dump.jsonl"

# 3. Assemble: "### TYPE", "layout JSON", then rustc's blocks verbatim.
{
    echo "# Recorded by record.sh from $(rustc --version) on x86_64-unknown-linux-gnu. Do not edit."
    for i in "${!TYPES[@]}"; do
        echo "### ${TYPES[$i]}"
        python3 - "$WORK/dump.jsonl" "$i" "${TYPES[$i]}" <<'PY'
import json, sys
o = json.loads(open(sys.argv[1]).read().splitlines()[int(sys.argv[2])])
# layout_dump.py keeps source order (it may print a type with its resolved path).
last = lambda t: t.replace("'static", "").replace(" ", "").split("<")[0].split("::")[-1]
if last(o["type"]) != last(sys.argv[3]) and not o["type"].startswith(("std::", "core::", "alloc::")):
    sys.exit("layout dump out of order: %s vs %s" % (o["type"], sys.argv[3]))
print("layout " + json.dumps(o["layout"], separators=(",", ":"), sort_keys=True))
PY
        cat "$WORK/p$i.pts"
    done
} > "$HERE/facts-x86_64.txt"
echo "wrote $HERE/facts-x86_64.txt (${#TYPES[@]} types)"

# 4. Heap-side types (heap.txt): rustc prints them when a program builds the value.
{
    echo "# Recorded by record.sh from $(rustc --version): rustc's block for each line of heap.txt. Do not edit."
    grep -v '^\s*#' "$HERE/heap.txt" | grep -v '^\s*$' | while IFS= read -r line; do
        name=$(echo "$line" | awk -F ' ;; ' '{print $1}')
        expr=$(echo "$line" | awk -F ' ;; ' '{print $3}')
        echo "pub fn probe() { let _v = $expr; }" > "$WORK/heap.rs"
        rustc --edition 2024 --crate-type lib -Zprint-type-sizes --emit=obj -o "$WORK/heap.o" "$WORK/heap.rs" \
            > "$WORK/heap.pts"
        echo "### $name"
        python3 - "$WORK/heap.pts" "$name" <<'PY'
import sys
out, on = [], False
for l in open(sys.argv[1]):
    if l.startswith("print-type-size type: `"):
        on = l.startswith("print-type-size type: `" + sys.argv[2] + "`: ")
    if on and l.startswith("print-type-size"):
        out.append(l)
if not out:
    sys.exit("rustc printed no block for " + sys.argv[2])
sys.stdout.write("".join(out))
PY
    done
} > "$HERE/heap-x86_64.txt"
echo "wrote $HERE/heap-x86_64.txt"

# 5. The numbered examples: each must compile with rustc; keep what -Zprint-type-sizes prints
#    for them (ExamplesTest compares rustmem's blocks of the examples' types with these).
mkdir -p "$HERE/examples"
for ex in "$HERE"/../../../../examples/*.rs; do
    name=$(basename "$ex" .rs)
    rustc --edition 2024 -Zprint-type-sizes --emit=obj -o "$WORK/$name.o" "$ex" > "$HERE/examples/$name.pts"
    echo "recorded examples/$name.pts"
done
