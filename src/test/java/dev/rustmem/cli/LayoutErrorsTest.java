package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rustmem layout} on input with errors: rustc-style diagnostics on stderr (location, source
 * line, caret), nothing on stdout, exit status 1.
 */
class LayoutErrorsTest {
    @TempDir
    Path dir;

    private CliRun layout(String name, String text, String... more) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        String[] args = new String[2 + more.length];
        args[0] = "layout";
        args[1] = f.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return CliRun.of(args);
    }

    private static void failsWith(CliRun r, String stderr) {
        assertThat(r.err()).isEqualTo(stderr);
        assertThat(r.out()).isEmpty();
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void tabsAreShownAsFourSpacesLikeRustc() throws IOException {
        // rustc 1.95's text: a tab is four columns in the snippet and in a suggestion's code, one
        // character in the location.
        Path f = dir.resolve("rec.rs");
        failsWith(layout("rec.rs", "struct\tS {\tnext:\tS,\tx: u8 }\nfn main(){}\n"), String.join("\n",
                "error[E0072]: recursive type `S` has infinite size",
                " --> " + f + ":1:1",
                "  |",
                "1 | struct    S {    next:    S,    x: u8 }",
                "  | ^^^^^^^^^^^               - recursive without indirection",
                "  |",
                "help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle",
                "  |",
                "1 | struct    S {    next:    Box<S>,    x: u8 }",
                "  |                           ++++ +",
                "",
                "error: aborting due to 1 previous error",
                "",
                "For more information about this error, try `rustc --explain E0072`.",
                ""));
    }

    @Test
    void parseErrorShowsTheLineAndACaret() throws IOException {
        CliRun r = layout("perr.rs", "struct A {\n    b: u8,\n    c: u32\n    d: u16,\n}\n");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: expected ").contains(" --> " + dir.resolve("perr.rs") + ":")
                .contains(" | ").contains("^").endsWith("\nerror: aborting due to 1 previous error\n\n");
    }

    @Test
    void unknownTypeIsRustcs0425() throws IOException {
        // rustc 1.95 reports an unknown type name as E0425 (older compilers said E0412).
        CliRun r = layout("unk.rs", "struct A { b: Bogus }\n");
        failsWith(r, "error[E0425]: cannot find type `Bogus` in this scope\n"
                + " --> " + dir.resolve("unk.rs") + ":1:15\n"
                + "  |\n"
                + "1 | struct A { b: Bogus }\n"
                + "  |               ^^^^^ not found in this scope\n"
                + "\n"
                + "error: aborting due to 1 previous error\n"
                + "\n"
                + "For more information about this error, try `rustc --explain E0425`.\n");
    }

    @Test
    void recursiveTypeIsE0072() throws IOException {
        CliRun r = layout("rec.rs", "pub struct List { v: u8, next: Option<List> }\n");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error[E0072]: recursive type `List` has infinite size\n"
                + " --> " + dir.resolve("rec.rs") + ":1:1\n")
                .contains("recursive without indirection")
                .contains("insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle")
                .endsWith("error: aborting due to 1 previous error\n\n"
                        + "For more information about this error, try `rustc --explain E0072`.\n");
    }

    @Test
    void errorsInLargeFilesAreTheSerialOnesInSourceOrder() throws IOException {
        // Enough types that the layouts are computed on two threads: the errors must still be
        // each reported once, in source order, as one thread finds them.
        StringBuilder src = new StringBuilder();
        int fill = 2 * dev.rustmem.par.Parallel.MIN_PARALLEL;
        for (int i = 0; i < fill; i++) {
            src.append("pub struct F").append(i).append("(pub u8, pub Option<Box<F").append(i).append(">>);\n");
        }
        src.append("pub struct Big {\n    a: [u64; 1 << 61],\n    b: u8,\n}\n");
        for (int i = 0; i < fill; i++) {
            src.append("pub struct H").append(i).append("(pub Big, pub u32);\n");
        }
        src.append("pub struct Huge(pub [u32; 1 << 62]);\n");
        CliRun r = layout("many.rs", src.toString());
        int big = fill + 2;
        int huge = 2 * fill + 5;
        String pad = " ".repeat(Integer.toString(huge).length());
        failsWith(r, "error: values of the type `[u64; 2305843009213693952]` are too big for the target architecture\n"
                + pad + "--> " + dir.resolve("many.rs") + ":" + big + ":8\n"
                + pad + " |\n"
                + big + " |     a: [u64; 1 << 61],\n"
                + pad + " |        ^^^^^^^^^^^^^^\n"
                + "\n"
                + "error: values of the type `[u32; 4611686018427387904]` are too big for the target architecture\n"
                + pad + "--> " + dir.resolve("many.rs") + ":" + huge + ":21\n"
                + pad + " |\n"
                + huge + " | pub struct Huge(pub [u32; 1 << 62]);\n"
                + pad + " |                     ^^^^^^^^^^^^^^\n"
                + "\n"
                + "error: aborting due to 2 previous errors\n\n");
    }

    @Test
    void definitionErrorsInLargeFilesAreReportedAsInSmallOnes() throws IOException {
        // A large file's definition checks run alongside its layouts: their errors must come out
        // exactly as a small file's, with no layout error and nothing printed, in every format.
        String errors = "pub struct R { a: R }\n#[repr(C, packed, align(8))]\npub struct P(u8);\n"
                + "pub struct T(pub u8);\nimpl T { const fn f() {} }\nuse self::missing::Gone;\n";
        StringBuilder fill = new StringBuilder();
        for (int i = 0; i < 2 * dev.rustmem.par.Parallel.MIN_PARALLEL; i++) {
            fill.append("pub struct F").append(i).append("(pub u8, pub Option<Box<F").append(i).append(">>, R);\n");
        }
        for (String format : new String[] {"rustc", "table", "json"}) {
            CliRun small = layout("errs.rs", errors, "--format", format);
            CliRun large = layout("errs.rs", errors + fill, "--format", format);
            assertThat(small.err()).contains("error[E0072]").contains("error[E0587]").contains("error[E0432]");
            failsWith(large, small.err());
        }
    }

    @Test
    void tooBigIsReportedOnceWhereTheTypeIsWritten() throws IOException {
        CliRun r = layout("big.rs", "pub struct Big {\n    a: [u64; 1 << 61],\n    b: u8,\n}\n");
        failsWith(r, "error: values of the type `[u64; 2305843009213693952]` are too big for the target architecture\n"
                + " --> " + dir.resolve("big.rs") + ":2:8\n"
                + "  |\n"
                + "2 |     a: [u64; 1 << 61],\n"
                + "  |        ^^^^^^^^^^^^^^\n"
                + "\n"
                + "error: aborting due to 1 previous error\n\n");
    }

    @Test
    void typeArgumentErrorsPointIntoTheTypeText() throws IOException {
        CliRun r = layout("ok.rs", "pub struct S(u8);\n", "--type", "Option<Bogus>");
        failsWith(r, "error[E0425]: cannot find type `Bogus` in this scope\n"
                + " --> <type>:1:8\n"
                + "  |\n"
                + "1 | Option<Bogus>\n"
                + "  |        ^^^^^ not found in this scope\n"
                + "\n"
                + "error: aborting due to 1 previous error\n"
                + "\n"
                + "For more information about this error, try `rustc --explain E0425`.\n");
        CliRun syntax = CliRun.of("layout", "--type", "Option<u8");
        assertThat(syntax.status()).isEqualTo(1);
        assertThat(syntax.err()).startsWith("error: expected ").contains(" --> <type>:1:10\n");
    }

    @Test
    void layoutErrorsOfTypeArgumentsPointAtTheText() {
        failsWith(CliRun.of("layout", "--type", "[u64; 1 << 61]"),
                "error: values of the type `[u64; 2305843009213693952]` are too big for the target architecture\n"
                        + " --> <type>:1:1\n"
                        + "  |\n"
                        + "1 | [u64; 1 << 61]\n"
                        + "  | ^^^^^^^^^^^^^^\n"
                        + "\n"
                        + "error: aborting due to 1 previous error\n\n");
    }

    @Test
    void typeArgumentsAreResolvedInTheFilesScope() throws IOException {
        CliRun r = layout("s.rs", "pub struct S(u8, u32);\n", "--type", "Option<S>", "--format", "rustc");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        // rustc 1.95's lines for `pub fn f(_: Option<S>) {}` (S has no niche: a 4-byte tag).
        assertThat(r.out()).isEqualTo("""
                print-type-size type: `std::option::Option<S>`: 12 bytes, alignment: 4 bytes
                print-type-size     discriminant: 4 bytes
                print-type-size     variant `Some`: 8 bytes
                print-type-size         field `.0`: 8 bytes
                print-type-size     variant `None`: 0 bytes
                print-type-size type: `S`: 8 bytes, alignment: 4 bytes
                print-type-size     field `.1`: 4 bytes
                print-type-size     field `.0`: 1 bytes
                print-type-size     end padding: 3 bytes
                """);
    }

    /** Field types that name no type are rustc's E0562 and E0121, recorded from rustc 1.95. */
    @Test
    void implTraitAndPlaceholderFieldsAreRustcErrors() throws IOException {
        CliRun r = layout("it.rs", "struct S { f: impl Clone }\nstruct T { g: _ }\nfn main(){}\n");
        String f = dir.resolve("it.rs").toString();
        failsWith(r, "error[E0562]: `impl Trait` is not allowed in field types\n"
                + " --> " + f + ":1:15\n"
                + "  |\n"
                + "1 | struct S { f: impl Clone }\n"
                + "  |               ^^^^^^^^^^\n"
                + "  |\n"
                + "  = note: `impl Trait` is only allowed in arguments and return types of functions and methods\n"
                + "\n"
                + "error[E0121]: the placeholder `_` is not allowed within types on item signatures for structs\n"
                + " --> " + f + ":2:15\n"
                + "  |\n"
                + "2 | struct T { g: _ }\n"
                + "  |               ^ not allowed in type signatures\n"
                + "\n"
                + "error: aborting due to 2 previous errors\n"
                + "\n"
                + "Some errors have detailed explanations: E0121, E0562.\n"
                + "For more information about an error, try `rustc --explain E0121`.\n");
    }

    @Test
    void unsupportedInputIsReportedAsSuchWithASpan() throws IOException {
        CliRun mod = layout("m.rs", "mod other;\nstruct A(u8);\n");
        assertThat(mod.status()).isEqualTo(1);
        assertThat(mod.err()).startsWith("error: `mod other;` (a module in another file) is not supported by rustmem yet\n"
                + " --> " + dir.resolve("m.rs") + ":1:1\n");
        CliRun big = layout("big.rs", "struct A([u8; usize::MAX]);\n");
        assertThat(big.status()).isEqualTo(1);
        assertThat(big.err()).contains("is not supported by rustmem yet").contains(":1:15\n")
                .doesNotContain("internal compiler error");
    }
}
