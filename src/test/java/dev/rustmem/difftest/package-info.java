/**
 * Differential testing of {@code rustmem layout --format rustc} against rustc 1.95.
 *
 * <p>Inputs: a seed, a definition count and a {@link dev.rustmem.difftest.GenProfile} (target
 * triple, pointer width, std or no-core). {@link dev.rustmem.difftest.RustTypeGenerator} turns
 * them into a valid Rust file, deterministically, together with the rustc names of the types
 * rustmem must print. {@link dev.rustmem.difftest.RustcOracle} runs rustc (or the bundled
 * {@code layout32.sh} for 32- and 16-bit targets), {@link dev.rustmem.difftest.PtsBlocks} splits
 * {@code -Zprint-type-sizes} output into per-type blocks and {@link dev.rustmem.difftest.LayoutDiff}
 * applies the rule: every block rustmem prints equals rustc's byte for byte, every required type is
 * printed, the order is rustc's.
 *
 * <p>Tests: {@code RecordedDifferentialTest} (recorded rustc output under
 * {@code src/test/resources/difftest/recorded}, no rustc needed) and {@code LiveDifferentialTest}
 * (fresh seeds against the installed rustc, skipped with a message without it). Entry points:
 * {@code Recorder} (re-record), {@code GenMain} (print one file), {@code BenchFile} and
 * {@code CompareMain} (used by {@code bench/layout-vs-rustc.sh}).
 */
package dev.rustmem.difftest;
