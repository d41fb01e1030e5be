package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.DiagnosticException;
import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.Target;
import dev.rustmem.types.resolve.StdLibrary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled std (written by hand, changed often) resolves on every target: it parses, every
 * struct/enum/union builds, and every field type of every definition lowers, generically.
 */
class BundledStdTest {
    @Test
    void everyCrateParsesCleanly() {
        assertThat(StdLibrary.bundled()).extracting(StdLibrary.StdCrate::name).contains("core", "alloc", "std");
        for (StdLibrary.StdCrate c : StdLibrary.bundled()) {
            assertThat(c.parseDiagnostics().all()).as(new DiagnosticRenderer(c.ast().file())
                    .renderAll(c.parseDiagnostics())).isEmpty();
        }
    }

    @Test
    void everyDefinitionLowersOnEveryTarget() {
        for (Target t : Target.all()) {
            Diagnostics diags = new Diagnostics();
            TyCtxt tcx = TyCtxt.stdOnly(t.cfg(), diags);
            assertThat(diags.all()).isEmpty();
            List<String> broken = new ArrayList<>();
            List<String> paths = tcx.adtPaths();
            assertThat(paths).as(t.triple()).contains("std::vec::Vec", "std::option::Option", "std::boxed::Box");
            for (String path : paths) {
                AdtDef def = tcx.adtByPath(path).orElseThrow();
                List<GenericArg> id = identity(def);
                for (int v = 0; v < def.variants().size(); v++) {
                    try {
                        def.fieldTys(v, id);
                    } catch (DiagnosticException e) {
                        broken.add(t.triple() + " " + path + ": " + e.diagnostic().message());
                    }
                }
            }
            assertThat(broken).isEmpty();
        }
    }

    @Test
    void langItemsAndNichesTheLayoutEngineNeeds() {
        TyCtxt tcx = TyCtxt.stdOnly(Fixture.CFG, new Diagnostics());
        assertThat(tcx.adtByPath("std::boxed::Box").orElseThrow().isLangItem("owned_box")).isTrue();
        assertThat(tcx.adtByPath("std::cell::UnsafeCell").orElseThrow().hidesNiches()).isTrue();
        assertThat(tcx.adtByPath("std::marker::PhantomData").orElseThrow().isLangItem("phantom_data")).isTrue();
        assertThat(tcx.adtByPath("std::ptr::NonNull").orElseThrow().validRangeStart()).isPresent();
    }

    private static List<GenericArg> identity(AdtDef def) {
        List<GenericArg> out = new ArrayList<>();
        for (int i = 0; i < def.params().size(); i++) {
            GenericParamDef p = def.params().get(i);
            out.add(p.kind() == GenericParamDef.Kind.CONST ? new Const.Param(p.name(), i)
                    : new Ty.Param(p.name(), i, p.maybeUnsized()));
        }
        return out;
    }
}
