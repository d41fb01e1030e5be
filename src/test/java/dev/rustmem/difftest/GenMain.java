package dev.rustmem.difftest;

/** {@code GenMain SEED COUNT [TARGET]}: prints one generated file (for debugging by hand). */
public final class GenMain {
    private GenMain() {}

    public static void main(String[] args) {
        GenProfile p = args.length > 2 ? GenProfile.byTarget(args[2]).orElseThrow() : GenProfile.X86_64;
        System.out.print(RustTypeGenerator.generate(Long.parseLong(args[0]), Integer.parseInt(args[1]), p).source());
    }
}
