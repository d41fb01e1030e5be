package dev.rustmem.difftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostics;


import dev.rustmem.layout.Target;
import dev.rustmem.types.Cfg;
import dev.rustmem.types.LayoutOracle;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.StdDefs;
import dev.rustmem.types.TyCtxt;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The named types of a large crate built on a second thread during the walk are exactly those the
 * walk builds itself: same types, origins, labels and spans, in the same order. The generated
 * crate names std types with default arguments (Vec, HashMap, Box), whose printing lowers those
 * defaults under the lock the walk holds per item.
 */
class PipedNamedTypesTest {
    @Test
    void pipedAndDirectNamedTypesAreTheSame() {
        // No user default arguments (those keep the named types on the walk's thread): std's
        // defaults (Vec's and Box's allocator, HashMap's hasher) are lowered by the printing.
        String src = RustTypeGenerator.generate(4_242, 3_000, GenProfile.X86_64).source()
                + "\npub struct Holder<T>(Vec<T>, std::collections::HashMap<T, Box<T>>, Box<[T]>);\n"
                + "pub type D1 = Holder<u8>;\npub type D2 = Holder<Option<D1>>;\n"
                + "pub fn body() { let _v: Vec<Option<D2>> = Vec::new(); struct Local(u8); let _l: Option<Local> = None; }\n";
        Cfg cfg = Target.byTriple(Target.DEFAULT).orElseThrow().cfg();
        // Two loads make distinct definitions, so types are compared by their printed form.
        List<String> piped = load(src, cfg, true);
        List<String> direct = load(src, cfg, false);
        assertThat(piped).hasSizeGreaterThan(3_000);
        assertThat(piped).isEqualTo(direct);
    }

    private static List<String> load(String src, Cfg cfg, boolean piped) {
        ParseResult<Crate> parsed = Parser.parseCrate(new SourceFile("big.rs", src));
        assertThat(parsed.diagnostics().all()).isEmpty();
        Diagnostics diags = new Diagnostics();
        TyCtxt tcx = TyCtxt.load(parsed.value(), StdDefs.bundled(cfg), diags, LayoutOracle.NONE, piped);
        assertThat(diags.all()).isEmpty();
        List<String> out = new java.util.ArrayList<>();
        for (NamedType nt : tcx.namedTypes()) {
            out.add(tcx.printer().print(nt.ty()) + " " + nt.origin() + " " + nt.label() + " " + nt.span());
        }
        return out;
    }
}
