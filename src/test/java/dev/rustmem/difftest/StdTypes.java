package dev.rustmem.difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Spellings of leaf and wrapper types for one {@link GenProfile}: the source spelling and the
 * spelling rustc prints (std paths such as {@code std::option::Option<T>}, regions erased). In a
 * no-std profile the file defines stand-ins ({@code Opt}, {@code Res}, NonZero-like newtypes with
 * {@code #[rustc_layout_scalar_valid_range_start]}), which layout32.sh accepts.
 */
final class StdTypes {
    record Leaf(GenTy ty, int weight) {}

    private final GenProfile profile;
    private final int p;

    StdTypes(GenProfile profile) {
        this.profile = profile;
        this.p = profile.pointerBytes();
    }

    /** Items every generated file starts with (after the crate attributes). */
    String preamble() {
        if (profile.std()) {
            return "pub trait Tr {}\n";
        }
        return "pub trait Tr {}\n"
                + "pub enum Opt<T> { None, Some(T) }\n"
                + "pub enum Res<T, E> { Ok(T), Err(E) }\n"
                + "#[rustc_layout_scalar_valid_range_start(1)] pub struct Nz8(u8);\n"
                + "#[rustc_layout_scalar_valid_range_start(1)] pub struct Nz32(u32);\n"
                + "#[rustc_layout_scalar_valid_range_start(1)] pub struct Nz64(u64);\n"
                + "#[rustc_layout_scalar_valid_range_end(253)] pub struct Below254(u8);\n"
                + "#[rustc_layout_scalar_valid_range_start(250)] #[rustc_layout_scalar_valid_range_end(5)] "
                + "pub struct Wrap8(u8);\n"
                + "#[rustc_layout_scalar_valid_range_start(1)] #[rustc_layout_scalar_valid_range_end(254)] "
                + "pub struct Mid8(u8);\n"
                + "#[rustc_layout_scalar_valid_range_start(7)] #[rustc_layout_scalar_valid_range_end(7)] "
                + "pub struct One8(u8);\n"
                + "#[rustc_layout_scalar_valid_range_start(65000)] #[rustc_layout_scalar_valid_range_end(100)] "
                + "pub struct Wrap16(u16);\n"
                + "#[repr(i8)] pub enum Ord3 { Less = -1, Equal = 0, Greater = 1 }\n";
    }

    /** The ADTs the preamble defines (rustc prints them, so rustmem must too). */
    List<String> preambleAdts() {
        return profile.std() ? List.of() : List.of("Nz8", "Nz32", "Nz64", "Below254", "Wrap8", "Mid8", "One8", "Wrap16",
                "Ord3");
    }

    List<Leaf> leaves() {
        List<Leaf> l = new ArrayList<>();
        for (String t : List.of("u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "f32", "f64")) {
            l.add(new Leaf(GenTy.prim(t, Integer.parseInt(t.substring(1)) / 8, true), 3));
        }
        l.add(new Leaf(GenTy.prim("u128", 16, true), 2));
        l.add(new Leaf(GenTy.prim("i128", 16, true), 1));
        l.add(new Leaf(GenTy.prim("usize", p, true), 2));
        l.add(new Leaf(GenTy.prim("isize", p, true), 1));
        l.add(new Leaf(GenTy.prim("bool", 1, true), 10));
        l.add(new Leaf(GenTy.prim("char", 4, true), 5));
        l.add(new Leaf(new GenTy("()", "()", false, true, false, true, 0), 1));
        l.add(new Leaf(ref("&'static u8", "&u8", p), 4));
        l.add(new Leaf(ref("&'static [u16]", "&[u16]", 2 * p), 2));
        l.add(new Leaf(ref("&'static str", "&str", 2 * p), 2));
        l.add(new Leaf(ref("&'static dyn Tr", "&dyn Tr", 2 * p), 1));
        l.add(new Leaf(new GenTy("&'static mut u32", "&mut u32", false, false, false, false, p), 1));
        l.add(new Leaf(ref("*const u8", "*const u8", p), 1));
        l.add(new Leaf(ref("*mut u64", "*mut u64", p), 1));
        l.add(new Leaf(ref("*const [u8]", "*const [u8]", 2 * p), 1));
        // without core, `fn` pointers are allowed as union fields but not inside arrays or tuples
        // there (E0740), so they do not count as Copy in the no-core profile
        boolean fnCopy = profile.std();
        l.add(new Leaf(new GenTy("fn()", "fn()", false, fnCopy, false, false, p), 1));
        l.add(new Leaf(new GenTy("fn(u8, &'static str) -> u16", "fn(u8, &str) -> u16", false, fnCopy, false, false,
                p), 1));
        l.add(new Leaf(new GenTy("[u64; 0]", "[u64; 0]", false, true, false, false, 0), 1));
        l.add(new Leaf(new GenTy("[u16; 0]", "[u16; 0]", false, true, false, false, 0), 1));
        l.add(new Leaf(new GenTy("[u8; 0]", "[u8; 0]", false, true, false, true, 0), 1));
        l.addAll(uninhabitedLeaves().stream().map(t -> new Leaf(t, 1)).toList());
        l.add(new Leaf(GenTy.prim("[u8; 3]", 3, true), 1));
        if (profile.pointerBits() >= 32) {
            // a huge array: sizes beyond 32 bits on 64-bit targets (never nested: see NEST_LIMIT)
            String big = profile.pointerBits() == 64 ? "[u8; 1099511627776]" : "[u16; 134217728]";
            l.add(new Leaf(GenTy.prim(big, GenTy.HUGE, true), 1));
        }
        l.add(new Leaf(GenTy.prim("[u16; 3]", 6, true), 1));
        l.add(new Leaf(GenTy.prim("[u8; 16]", 16, true), 1));
        if (profile.std()) {
            for (String t : List.of("u8", "u16", "u32", "u64", "i8", "i32", "usize", "u128")) {
                l.add(new Leaf(adt("std::num::NonZero<" + t + ">", "std::num::NonZero<" + t + ">", true, 16), 1));
            }
            l.add(new Leaf(adt("std::num::NonZeroU32", "std::num::NonZero<u32>", true, 4), 1));
            l.add(new Leaf(adt("String", "std::string::String", false, 3 * p), 2));
            l.add(new Leaf(adt("Vec<u8>", "std::vec::Vec<u8>", false, 3 * p), 1));
            l.add(new Leaf(adt("Box<u32>", "std::boxed::Box<u32>", false, p), 2));
            l.add(new Leaf(adt("Box<[u8]>", "std::boxed::Box<[u8]>", false, 2 * p), 1));
            l.add(new Leaf(adt("Box<dyn Tr>", "std::boxed::Box<dyn Tr>", false, 2 * p), 1));
            l.add(new Leaf(adt("Box<str>", "std::boxed::Box<str>", false, 2 * p), 1));
            l.add(new Leaf(adt("std::rc::Rc<u8>", "std::rc::Rc<u8>", false, p), 1));
            l.add(new Leaf(adt("std::sync::Arc<str>", "std::sync::Arc<str>", false, 2 * p), 1));
            l.add(new Leaf(adt("std::cell::Cell<u8>", "std::cell::Cell<u8>", false, 1), 1));
            l.add(new Leaf(adt("std::cell::RefCell<u16>", "std::cell::RefCell<u16>", false, 16), 1));
            l.add(new Leaf(adt("std::sync::Mutex<u32>", "std::sync::Mutex<u32>", false, 8), 1));
            l.add(new Leaf(adt("std::collections::HashMap<u8, u16>", "std::collections::HashMap<u8, u16>", false, 48), 1));
            l.add(new Leaf(new GenTy("std::marker::PhantomData<u64>", "std::marker::PhantomData<u64>",
                    true, true, false, true, 0), 1));
            l.add(new Leaf(adt("std::time::Duration", "std::time::Duration", true, 16), 1));
            l.add(new Leaf(adt("std::cmp::Ordering", "std::cmp::Ordering", true, 1), 2));
            l.add(new Leaf(adt("std::mem::ManuallyDrop<u16>", "std::mem::ManuallyDrop<u16>", true, 2), 1));
            l.add(new Leaf(adt("std::mem::MaybeUninit<u32>", "std::mem::MaybeUninit<u32>", true, 4), 1));
            l.add(new Leaf(adt("std::cell::UnsafeCell<bool>", "std::cell::UnsafeCell<bool>", false, 1), 1));
            l.add(new Leaf(adt("Option<&'static u8>", "std::option::Option<&u8>", true, p), 1));
            l.add(new Leaf(adt("Option<std::num::NonZero<u8>>", "std::option::Option<std::num::NonZero<u8>>", true, 1), 1));
        } else {
            for (String nz : List.of("Nz8", "Nz32", "Nz64", "Below254", "Wrap8", "Mid8", "One8", "Wrap16")) {
                l.add(new Leaf(adt(nz, nz, false, 8), nz.startsWith("Nz") ? 2 : 1));
            }
            l.add(new Leaf(adt("Ord3", "Ord3", false, 1), 2));
        }
        return l;
    }

    List<GenTy> uninhabitedLeaves() {
        if (profile.std()) {
            return List.of(adt("std::convert::Infallible", "std::convert::Infallible", true, 0));
        }
        return List.of(new GenTy("!", "!", false, true, false, false, 0));
    }

    GenTy option(GenTy x) {
        return profile.std()
                ? new GenTy("Option<" + x.src() + ">", "std::option::Option<" + x.printed() + ">", true,
                        x.copy(), x.aligned(), false, x.estSize() + 16)
                        .withParts(x)
                : new GenTy("Opt<" + x.src() + ">", "Opt<" + x.printed() + ">", true, false, x.aligned(), false,
                        x.estSize() + 16).withParts(x);
    }

    GenTy result(GenTy x, GenTy y) {
        String args = x.src() + ", " + y.src();
        String printedArgs = x.printed() + ", " + y.printed();
        int est = Math.max(x.estSize(), y.estSize()) + 16;
        return profile.std()
                ? new GenTy("Result<" + args + ">", "std::result::Result<" + printedArgs + ">", true,
                        x.copy() && y.copy(), x.aligned() || y.aligned(), false, est)
                        .withParts(x, y)
                : new GenTy("Res<" + args + ">", "Res<" + printedArgs + ">", true, false,
                        x.aligned() || y.aligned(), false, est).withParts(x, y);
    }

    GenTy array(GenTy x, int n) {
        return new GenTy("[" + x.src() + "; " + n + "]", "[" + x.printed() + "; " + n + "]", false, x.copy(),
                x.aligned(), x.zst1(), x.estSize() * n).withParts(x);
    }

    GenTy tuple(List<GenTy> xs) {
        StringBuilder s = new StringBuilder("(");
        StringBuilder pr = new StringBuilder("(");
        boolean copy = true;
        boolean aligned = false;
        boolean zst1 = true;
        int est = 0;
        for (int i = 0; i < xs.size(); i++) {
            GenTy x = xs.get(i);
            s.append(i == 0 ? "" : ", ").append(x.src());
            pr.append(i == 0 ? "" : ", ").append(x.printed());
            copy &= x.copy();
            aligned |= x.aligned();
            zst1 &= x.zst1();
            est = GenTy.addEst(est, x.estSize() + 8);
        }
        String close = xs.size() == 1 ? ",)" : ")";
        return new GenTy(s + close, pr + close, false, copy, aligned, zst1, est, List.copyOf(xs));
    }

    GenTy reference(GenTy x) {
        return ref("&'static " + x.src(), "&" + x.printed(), p).withParts(x);
    }

    GenTy rawPtr(GenTy x) {
        return ref("*const " + x.src(), "*const " + x.printed(), p).withParts(x);
    }

    GenTy manuallyDrop(GenTy x) {
        return new GenTy("std::mem::ManuallyDrop<" + x.src() + ">", "std::mem::ManuallyDrop<" + x.printed() + ">",
                true, x.copy(), x.aligned(), x.zst1(), x.estSize()).withParts(x);
    }

    /** One of the std generic wrappers (std profile only), chosen by {@code k} in 0..10. */
    GenTy stdWrapper(int k, GenTy x, Supplier<GenTy> other) {
        String s = x.src();
        String pr = x.printed();
        switch (k) {
            case 0: return adt("Box<" + s + ">", "std::boxed::Box<" + pr + ">", false, p).withParts(x);
            case 1: return adt("Vec<" + s + ">", "std::vec::Vec<" + pr + ">", false, 3 * p).withParts(x);
            case 2: return wrap("std::cell::Cell", x, false, x.estSize());
            case 3: return wrap("std::cell::RefCell", x, false, x.estSize() + 16);
            case 4: return new GenTy("std::marker::PhantomData<" + s + ">", "std::marker::PhantomData<" + pr + ">",
                    true, true, false, true, 0).withParts(x);
            case 5: return manuallyDrop(x);
            case 6: return adt("std::rc::Rc<" + s + ">", "std::rc::Rc<" + pr + ">", false, p).withParts(x);
            case 7: return adt("std::sync::Arc<" + s + ">", "std::sync::Arc<" + pr + ">", false, p).withParts(x);
            case 8: return wrap("std::mem::MaybeUninit", x, x.copy(), x.estSize());
            case 9: return wrap("std::sync::Mutex", x, false, x.estSize() + 16);
            default: {
                GenTy v = other.get();
                return adt("std::collections::HashMap<" + s + ", " + v.src() + ">",
                        "std::collections::HashMap<" + pr + ", " + v.printed() + ">", false, 48).withParts(x, v);
            }
        }
    }

    private static GenTy wrap(String path, GenTy x, boolean copy, int est) {
        return new GenTy(path + "<" + x.src() + ">", path + "<" + x.printed() + ">", true, copy, x.aligned(),
                false, est).withParts(x);
    }

    private static GenTy ref(String src, String printed, int size) {
        return new GenTy(src, printed, false, true, false, false, size);
    }

    private static GenTy adt(String src, String printed, boolean copy, int est) {
        return new GenTy(src, printed, true, copy, false, false, est);
    }
}
