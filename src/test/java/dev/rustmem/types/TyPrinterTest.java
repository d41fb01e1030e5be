package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.types.resolve.StdLibrary;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Printed spellings with the bundled std, each checked against rustc 1.95's
 * {@code -Zprint-type-sizes} output for the same type written in a probe (the expected column
 * is copied from rustc's "print-type-size type: `...`" lines).
 */
class TyPrinterTest {
    private static final String SRC = "#![allow(dead_code)]\n"
            + "mod inner { pub struct Foo(pub u8); pub mod deeper { pub struct Bar(pub u16); } }\n"
            + "struct Buf<const N: usize>([u8; N]);\n"
            + "struct W<T>(T);\n"
            + "struct R<'a>(&'a u8);\n";

    private static Fixture.Loaded loaded() {
        return Fixture.load(SRC, Fixture.CFG, StdLibrary.bundled());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Option<W<u8>>                                  | std::option::Option<W<u8>>",
        "Vec<u8>                                        | std::vec::Vec<u8>",
        "std::collections::HashMap<String, u8>          | std::collections::HashMap<std::string::String, u8>",
        "inner::Foo                                     | inner::Foo",
        "inner::deeper::Bar                             | inner::deeper::Bar",
        "Buf<3>                                         | Buf<3>",
        "(u8,)                                          | (u8,)",
        "(u8, u32)                                      | (u8, u32)",
        "[u8; 3]                                        | [u8; 3]",
        "Option<fn(u32) -> u8>                          | std::option::Option<fn(u32) -> u8>",
        "Option<unsafe extern \"C\" fn()>               | std::option::Option<unsafe extern \"C\" fn()>",
        "Option<extern \"C\" fn()>                      | std::option::Option<extern \"C\" fn()>",
        "Option<&dyn std::fmt::Debug>                   | std::option::Option<&dyn std::fmt::Debug>",
        "Option<&(dyn std::fmt::Debug + Send + Sync)>   | "
                + "std::option::Option<&dyn std::fmt::Debug + std::marker::Send + std::marker::Sync>",
        "Option<&(dyn Sync + Send + std::fmt::Debug)>   | "
                + "std::option::Option<&dyn std::fmt::Debug + std::marker::Send + std::marker::Sync>",
        "Option<&(dyn Sync + Send)>                     | std::option::Option<&dyn std::marker::Send + std::marker::Sync>",
        "Option<&[u8]>                                  | std::option::Option<&[u8]>",
        "Option<&mut u8>                                | std::option::Option<&mut u8>",
        "Option<*const u8>                              | std::option::Option<*const u8>",
        "Option<Box<dyn Fn(u8) -> u8>>                  | std::option::Option<std::boxed::Box<dyn std::ops::Fn(u8) -> u8>>",
        "Option<Box<dyn Iterator<Item = u8>>>           | "
                + "std::option::Option<std::boxed::Box<dyn std::iter::Iterator<Item = u8>>>",
        "Option<Box<dyn FnMut(&u8)>>                    | std::option::Option<std::boxed::Box<dyn for<'a> std::ops::FnMut(&'a u8)>>",
        "Option<Box<dyn Fn()>>                          | std::option::Option<std::boxed::Box<dyn std::ops::Fn()>>",
        "Option<Box<dyn Fn(&'static u8)>>               | std::option::Option<std::boxed::Box<dyn std::ops::Fn(&u8)>>",
        "Option<Box<dyn for<'x> Fn(&'x u8) -> &'x u8>>  | "
                + "std::option::Option<std::boxed::Box<dyn for<'a> std::ops::Fn(&'a u8) -> &u8>>",
        "Option<Box<dyn std::any::Any + Send>>          | std::option::Option<std::boxed::Box<dyn std::any::Any + std::marker::Send>>",
        "Option<Box<str>>                               | std::option::Option<std::boxed::Box<str>>",
        "Option<std::rc::Rc<u8>>                        | std::option::Option<std::rc::Rc<u8>>",
        "Option<std::cell::RefCell<u8>>                 | std::option::Option<std::cell::RefCell<u8>>",
        "Option<std::sync::Arc<std::sync::Mutex<u8>>>   | std::option::Option<std::sync::Arc<std::sync::Mutex<u8>>>",
        "Option<()>                                     | std::option::Option<()>",
        "Option<unsafe extern \"C\" fn(&u8, ...)>       | std::option::Option<for<'a> unsafe extern \"C\" fn(&'a u8, ...)>",
        "Option<fn(&u8) -> &u8>                         | std::option::Option<for<'a> fn(&'a u8) -> &'a u8>",
        "Option<fn(&u8, &u16)>                          | std::option::Option<for<'a, 'b> fn(&'a u8, &'b u16)>",
        "Option<fn(Option<&u8>)>                        | std::option::Option<for<'a> fn(std::option::Option<&'a u8>)>",
        "Option<fn() -> !>                              | std::option::Option<fn() -> !>",
        "Option<fn(u8) -> ()>                           | std::option::Option<fn(u8)>",
        "Option<&'static u8>                            | std::option::Option<&u8>",
        "Option<[&str; 2]>                              | std::option::Option<[&str; 2]>",
        "Option<extern \"system\" fn()>                 | std::option::Option<extern \"system\" fn()>",
        "Option<std::borrow::Cow<'static, str>>         | std::option::Option<std::borrow::Cow<'_, str>>",
        "Option<std::borrow::Cow<'static, [u8]>>        | std::option::Option<std::borrow::Cow<'_, [u8]>>",
        "Option<R<'static>>                             | std::option::Option<R<'_>>",
    })
    void printsLikeRustc(String written, String rustc) {
        assertThat(loaded().print(written.trim())).isEqualTo(rustc.trim());
    }

    @Test
    void cowNormalizesToOwned() {
        Fixture.Loaded l = loaded();
        Ty.Adt cow = (Ty.Adt) l.type("std::borrow::Cow<'static, str>");
        assertThat(cow.fieldTys(1)).extracting(t -> l.tcx().printer().print(t)).containsExactly("std::string::String");
        Ty.Adt cowSlice = (Ty.Adt) l.type("std::borrow::Cow<'static, [u16]>");
        assertThat(l.tcx().printer().print(cowSlice.fieldTys(1).get(0))).isEqualTo("std::vec::Vec<u16>");
        Ty.Adt cowU8 = (Ty.Adt) l.type("std::borrow::Cow<'static, u8>");
        assertThat(cowU8.fieldTys(1)).containsExactly(Ty.u8());
    }

    @Test
    void lifetimeParametersAreCountedWhenTheDefinitionIsBuilt() {
        Fixture.Loaded l = Fixture.load("struct Two<'a, 'b, T>(&'a T, &'b T);\nstruct Plain(u8);\n", Fixture.CFG,
                StdLibrary.bundled());
        assertThat(((Ty.Adt) l.type("Two<'static, 'static, u8>")).def().lifetimeParams()).isEqualTo(2);
        assertThat(((Ty.Adt) l.type("Plain")).def().lifetimeParams()).isZero();
        assertThat(l.print("Two<'static, 'static, u8>")).isEqualTo("Two<'_, '_, u8>");
    }

    @Test
    void trailingDefaultsOnlyAreOmitted() {
        Fixture.Loaded l = Fixture.load("struct D<A = u8, B = u16>(A, B);\n", Fixture.CFG, StdLibrary.bundled());
        assertThat(l.print("D")).isEqualTo("D");
        assertThat(l.print("D<u8, u32>")).isEqualTo("D<u8, u32>");
        assertThat(l.print("D<u32, u16>")).isEqualTo("D<u32>");
        assertThat(l.print("D<u8, u16>")).isEqualTo("D");
    }

    @Test
    void printsWithoutAContext() {
        TyPrinter p = new TyPrinter();
        assertThat(p.print(new Ty.Tuple(List.of(Ty.u8())))).isEqualTo("(u8,)");
        assertThat(p.print(Ty.UNIT)).isEqualTo("()");
        assertThat(p.print(new Ty.RawPtr(new Ty.Slice(Ty.u8()), true))).isEqualTo("*mut [u8]");
        assertThat(p.print(new Ty.FnPtr(List.of(new Ty.Ref(Ty.STR, false)), Ty.NEVER, true, Optional.of("C"), true)))
                .isEqualTo("for<'a> unsafe extern \"C\" fn(&'a str, ...) -> !");
        assertThat(p.print(new Ty.Ref(new Ty.Dynamic("std::fmt::Debug"), true))).isEqualTo("&mut dyn std::fmt::Debug");
        assertThat(p.print(new Const.Value(java.math.BigInteger.TEN, Ty.usize()))).isEqualTo("10");
    }
}
