package dev.rustmem.difftest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a generated file is checked: the target triple, its pointer width, and whether the file may
 * use std (x86_64, compiled by plain rustc) or must stick to primitives, pointers and user types
 * ({@code layout32.sh} compiles it as a {@code #![no_core]} crate with stand-ins such as
 * {@code Opt<T>}).
 */
record GenProfile(String target, int pointerBits, boolean std) {
    static final GenProfile X86_64 = new GenProfile("x86_64-unknown-linux-gnu", 64, true);
    static final GenProfile I686 = new GenProfile("i686-unknown-linux-gnu", 32, false);
    static final GenProfile ARMV7 = new GenProfile("armv7-unknown-linux-gnueabihf", 32, false);
    static final GenProfile WASM32 = new GenProfile("wasm32-unknown-unknown", 32, false);
    static final GenProfile AVR = new GenProfile("avr-none", 16, false);
    static final GenProfile MSP430 = new GenProfile("msp430-none-elf", 16, false);

    static List<GenProfile> all() {
        return List.of(X86_64, I686, ARMV7, WASM32, AVR, MSP430);
    }

    static Optional<GenProfile> byTarget(String target) {
        return all().stream().filter(p -> p.target.equals(target)).findFirst();
    }

    int pointerBytes() {
        return pointerBits / 8;
    }

    /** Short name for file and directory names ({@code x86_64}, {@code i686}, {@code avr}...). */
    String shortName() {
        return target.substring(0, target.indexOf('-')).toLowerCase(Locale.ROOT);
    }
}
