package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Name resolution errors, compared with rustc 1.95 ({@code rustc --edition 2024 --emit=metadata});
 * rustc's first lines are quoted in each test. rustc 1.95 reports a missing type as E0425 (it
 * used to be E0412) and a missing module as "cannot find module or crate".
 */
class ResolveErrorsTest {
    @Test
    void missingTypeInScope() {
        // error[E0425]: cannot find type `Foo` in this scope
        //  --> e1.rs:1:15
        //   |
        // 1 | struct A { x: Foo }
        //   |               ^^^ not found in this scope
        Fixture.Loaded l = Fixture.load("struct A { x: Foo }\n");
        assertThat(l.errors()).containsExactly("demo.rs:1:15: error[E0425]: cannot find type `Foo` in this scope");
        assertThat(l.rendered()).contains("  |               ^^^ not found in this scope");
    }

    @Test
    void missingModuleAndMissingTypeInModule() {
        // error[E0433]: cannot find module or crate `foo` in this scope  (label: use of unresolved module or unlinked crate `foo`)
        // error[E0425]: cannot find type `Baz` in module `m`             (label: not found in `m`)
        // error[E0433]: cannot find `zz` in `crate`                      (label: could not find `zz` in the crate root)
        // error[E0433]: cannot find `zz` in `m`                          (label: could not find `zz` in `m`)
        // error[E0425]: cannot find type `Q` in module `m::n`
        // error[E0425]: cannot find type `Q` in module `self`
        // error[E0425]: cannot find type `Q` in the crate root
        // error[E0433]: cannot find `foo` in the crate root              (label: could not find `foo` in the list of imported crates)
        // error[E0433]: too many leading `super` keywords
        Fixture.Loaded l = Fixture.load("mod m { pub mod n {} }\n"
                + "struct B { y: foo::Bar, z: m::Baz, a: crate::zz::Bar, c: m::zz::Q, d: m::n::Q, f: self::Q }\n"
                + "struct C { a: crate::Q, e: ::foo::X, g: super::X }\n");
        assertThat(l.errors()).containsExactly(
                "demo.rs:2:15: error[E0433]: cannot find module or crate `foo` in this scope",
                "demo.rs:2:31: error[E0425]: cannot find type `Baz` in module `m`",
                "demo.rs:2:46: error[E0433]: cannot find `zz` in `crate`",
                "demo.rs:2:61: error[E0433]: cannot find `zz` in `m`",
                "demo.rs:2:77: error[E0425]: cannot find type `Q` in module `m::n`",
                "demo.rs:2:89: error[E0425]: cannot find type `Q` in module `self`",
                "demo.rs:3:22: error[E0425]: cannot find type `Q` in the crate root",
                "demo.rs:3:30: error[E0433]: cannot find `foo` in the crate root",
                "demo.rs:3:41: error[E0433]: too many leading `super` keywords");
        String r = l.rendered();
        assertThat(r).contains("^^^ use of unresolved module or unlinked crate `foo`")
                .contains("= help: you might be missing a crate named `foo`")
                .contains("^^^ not found in `m`")
                .contains("^^ could not find `zz` in the crate root")
                .contains("^^ could not find `zz` in `m`")
                .contains("^^^ could not find `foo` in the list of imported crates")
                .contains("^^^^^ there are too many leading `super` keywords");
    }

    @Test
    void unresolvedImports() {
        // error[E0432]: unresolved import `zzz`   --> 9:5  (use of unresolved module or unlinked crate `zzz`)
        // error[E0432]: unresolved import `m::Q4` --> 10:5 (no `Q4` in `m`)
        // error[E0432]: unresolved import `m::n::Q5` --> 2:18 (use m::n::{self, Q5}: only `Q5` underlined)
        // error[E0432]: unresolved import `m::n::Q6` --> 3:9  (use m::{n::Q6}: `n::Q6` underlined)
        Fixture.Loaded l = Fixture.load("mod m { pub mod n {} }\nuse zzz::Q3;\nuse m::Q4;\nuse m::n::{self, Q5};\n"
                + "use m::{n::Q6};\nuse std::option::not_modelled_fn;\n");
        assertThat(l.errors()).containsExactly(
                "demo.rs:2:5: error[E0432]: unresolved import `zzz`",
                "demo.rs:3:5: error[E0432]: unresolved import `m::Q4`",
                "demo.rs:4:18: error[E0432]: unresolved import `m::n::Q5`",
                "demo.rs:5:9: error[E0432]: unresolved import `m::n::Q6`");
        assertThat(l.rendered()).contains("5 | use m::{n::Q6};\n  |         ^^^^^ no `Q6` in `m::n`");
        assertThat(l.rendered()).contains("3 | use m::Q4;\n  |     ^^^^^ no `Q4` in `m`");
    }

    @Test
    void duplicateDefinitions() {
        // error[E0428]: the name `C` is defined multiple times
        //  --> e4.rs:3:1
        // 2 | pub struct C { a: u8 }
        //   | ------------ previous definition of the type `C` here
        // 3 | struct C {
        //   | ^^^^^^^^ `C` redefined here
        //   = note: `C` must be defined only once in the type namespace of this module
        // error[E0428]: the name `A` is defined multiple times   (enum E { A, A }: at 8:13)
        //   = note: `A` must be defined only once in the type namespace of this enum
        // error[E0428]: the name `f` is defined multiple times --> 2:1 (`fn f() -> u8` / `fn f()`: up to the body)
        Fixture.Loaded l = Fixture.load("#![allow(dead_code)]\npub struct C { a: u8 }\nstruct C {\n    b: u8,\n}\n"
                + "enum E { A, A }\nfn f() -> u8 { 0 }\nfn f() {}\n");
        assertThat(l.errors()).containsExactly(
                "demo.rs:3:1: error[E0428]: the name `C` is defined multiple times",
                "demo.rs:6:13: error[E0428]: the name `A` is defined multiple times",
                "demo.rs:8:1: error[E0428]: the name `f` is defined multiple times");
        String r = l.rendered();
        assertThat(r).contains("2 | pub struct C { a: u8 }\n  | ------------ previous definition of the type `C` here\n"
                + "3 | struct C {\n  | ^^^^^^^^ `C` redefined here\n")
                .contains("= note: `C` must be defined only once in the type namespace of this module")
                .contains("= note: `A` must be defined only once in the type namespace of this enum")
                .contains("7 | fn f() -> u8 { 0 }\n  | ------------ previous definition of the value `f` here\n"
                        + "8 | fn f() {}\n  | ^^^^^^ `f` redefined here");
    }

    @Test
    void variantIsNotAModuleNorAType() {
        // error[E0433]: cannot find module `A` in `E`   (label: `A` is a variant, not a module)
        // error[E0573]: expected type, found variant `E::A`
        Fixture.Loaded l = Fixture.load("enum E { A }\nstruct S { c: E::A, d: E::A::B }\n");
        assertThat(l.errors()).containsExactly(
                "demo.rs:2:15: error[E0573]: expected type, found variant `E::A`",
                "demo.rs:2:27: error[E0433]: cannot find module `A` in `E`");
        assertThat(l.rendered()).contains("`A` is a variant, not a module");
    }

    @Test
    void stdItemsTheModelLacksAreNotSupportedInDefinitionsAndIgnoredInSignatures() {
        Fixture.Loaded l = Fixture.load("use std::fmt::{Formatter, Display};\n"
                + "fn f(x: &std::fmt::Formatter) -> std::fmt::Result { loop {} }\n"
                + "fn main() { let y: Option<std::fmt::Arguments>; let z: &Formatter; let d: &dyn Display; }\n"
                + "impl Display for S {}\n"
                + "struct S { a: std::fmt::Formatter, b: Formatter }\n");
        assertThat(l.errors()).containsExactly(
                "demo.rs:5:15: error: `std::fmt::Formatter` is not in rustmem's model of the standard library yet",
                "demo.rs:5:39: error: `Formatter` is not in rustmem's model of the standard library yet");
    }

    @Test
    void requestedTypesMustBeConcrete() {
        Fixture.Loaded l = Fixture.ok("mod m { pub struct S<T>(pub T); }\n");
        assertThat(requested(l, "m::S<u8>")).isEmpty();
        assertThat(requested(l, "Vec<_>")).containsExactly(
                "<type>:1:5: error[E0121]: the placeholder `_` is not allowed within types on item signatures");
        assertThat(requested(l, "impl Copy")).containsExactly(
                "<type>:1:1: error: `impl Trait` does not name a concrete type");
        assertThat(requested(l, "m::S")).containsExactly("<type>:1:4: error[E0107]: missing generics for struct `S`");
        assertThat(requested(l, "Nope")).containsExactly(
                "<type>:1:1: error[E0425]: cannot find type `Nope` in this scope");
        assertThat(requested(l, "Vec<u8")).isNotEmpty();
    }

    private static java.util.List<String> requested(Fixture.Loaded l, String text) {
        dev.rustmem.source.SourceFile f = new dev.rustmem.source.SourceFile("<type>", text);
        dev.rustmem.diag.Diagnostics d = new dev.rustmem.diag.Diagnostics();
        java.util.Optional<Ty> t = l.tcx().resolveTypeText(f, d);
        assertThat(t.isPresent()).isEqualTo(d.all().isEmpty());
        dev.rustmem.diag.DiagnosticRenderer r = new dev.rustmem.diag.DiagnosticRenderer(f);
        return d.sorted().stream().map(r::located).collect(java.util.stream.Collectors.toList());
    }
}
