package dev.rustmem.layout;

import java.util.List;

/** Development aid: times the engine on generated types (see LayoutPerformanceTest). */
public final class PerfMain {
    public static void main(String[] args) {
        List<TypeGen.Probe> probes = TypeGen.generate(77, Integer.parseInt(args[0])).probes();
        for (int round = 0; round < Integer.parseInt(args[1]); round++) {
            LayoutEngine engine = new LayoutEngine(TargetDataLayout.X86_64);
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu = mx.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (TypeGen.Probe p : probes) {
                engine.errorOf(p.ty());
            }
            System.out.println((System.nanoTime() - start) / 1_000_000 + " ms wall, "
                    + (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000 + " ms cpu, " + engine.cachedCount() + " types");
        }
    }
}
