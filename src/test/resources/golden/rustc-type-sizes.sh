#!/usr/bin/env bash
# Prints rustc's own -Zprint-type-sizes lines for a golden file, and checks a rustmem
# `--format rustc` output (the .rustc.txt golden) against them.
#
#   rustc-type-sizes.sh FILE.rs                 rustc's lines (compiled as a lib, edition 2024)
#   rustc-type-sizes.sh --check FILE.rs [GOLDEN] every type block of GOLDEN (default FILE.rustc.txt)
#                                               must appear byte-for-byte in rustc's output, in the
#                                               same order; prints the blocks that differ
#   TARGET=i686-unknown-linux-gnu rustc-type-sizes.sh ...
#                                               the same for another target, through
#                                               ../difftest/layout32.sh (a #![no_core] build: the
#                                               file must not use std)
#
# rustc prints more types than rustmem (std internals that codegen of the file's functions lays
# out, e.g. core::fmt::Arguments for a panic path), so the check is "every rustmem block is
# rustc's block", not equality of the whole output. Used to verify the goldens before blessing
# them (GoldenLayoutTest's javadoc) and by RustcDifferentialTest when rustc is on the PATH.
set -euo pipefail

# Known differences of rustmem's std model, not of the layout or the printing rules (none at
# present; a pattern here is reported and skipped).
KNOWN_ARTIFACTS='^$^'

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

rustc_lines() {
    if [[ -n "${TARGET:-}" ]]; then
        bash "$here/../difftest/layout32.sh" -t "$TARGET" -m pts "$1" | grep '^print-type-size '
        return
    fi
    local tmp
    tmp="$(mktemp -d)"
    RUSTC_BOOTSTRAP=1 rustc --edition 2024 --crate-type=lib -Zprint-type-sizes --emit=obj \
        -A warnings -o "$tmp/out.o" "$1" | grep '^print-type-size '
    rm -rf "$tmp"
}

# One block per line: the type line and its indented lines joined with a \x1f separator.
blocks() {
    awk '/^print-type-size type: /{ if (b != "") print b; b = $0; next } { b = b "\x1f" $0 } END { if (b != "") print b }'
}

if [[ "${1:-}" != "--check" ]]; then
    rustc_lines "$1"
    exit 0
fi
file="$2"
golden="${3:-${file%.rs}.rustc.txt}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
rustc_lines "$file" | blocks >"$tmp/rustc"
blocks <"$golden" | { grep -v -e "$KNOWN_ARTIFACTS" || true; } >"$tmp/golden"
skipped="$(blocks <"$golden" | grep -c -e "$KNOWN_ARTIFACTS" || true)"
[[ "$skipped" != 0 ]] && echo "note: skipped $skipped block(s) of known std-model artifacts ($KNOWN_ARTIFACTS)"
status=0
while IFS= read -r block; do
    if ! grep -qxF -- "$block" "$tmp/rustc"; then
        echo "rustmem block not in rustc's output:"
        printf '%s\n' "$block" | tr '\037' '\n'
        name="$(printf '%s\n' "$block" | head -c 300 | sed -n 's/^print-type-size type: `\([^`]*\)`.*/\1/p' | head -1)"
        echo "rustc's block for \`$name\`:"
        grep -F -- "type: \`$name\`:" "$tmp/rustc" | tr '\037' '\n' || echo "(none)"
        status=1
    fi
done <"$tmp/golden"
# Same relative order: rustc's blocks restricted to the golden's must equal the golden.
grep -xF -f "$tmp/golden" "$tmp/rustc" >"$tmp/common" || true
if [[ $status -eq 0 ]] && ! cmp -s "$tmp/common" "$tmp/golden"; then
    echo "rustmem's blocks are in a different order than rustc's"
    status=1
fi
[[ $status -eq 0 ]] && echo "ok: $(wc -l <"$tmp/golden") blocks match rustc ($golden)"
exit $status
