package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.Target;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An instantiation's field types come from the identity field types by substitution where that
 * is exact, else from lowering the written types again: both must give the same types. Checked
 * on every instantiation reachable from a file of generic definitions that exercises the cases
 * substitution must leave to lowering (projections, const lengths, function pointers and
 * {@code dyn} that mention parameters) and those it takes, with the bundled std.
 */
class SubstitutedFieldTysTest {
    private static final String SRC = """
            use std::marker::PhantomData;
            use std::collections::HashMap;
            pub trait Tr { type X; }
            impl Tr for u8 { type X = u16; }
            impl Tr for &'static str { type X = (u8, char); }
            pub struct P<T: Tr>(T::X, <T as Tr>::X, Option<T>);
            pub struct W<const N: usize>([u8; N]);
            pub struct A<T, const N: usize>([T; N], W<N>, [T; 2]);
            pub struct F<T>(fn(T) -> T, PhantomData<fn() -> T>, Box<dyn Fn(T)>, fn(u8) -> u8, for<'a> fn(&'a T));
            pub struct Fp<T>(fn(T) -> T, PhantomData<fn() -> T>, fn(u8) -> u8, for<'a> fn(&'a T));
            pub struct G<'a, T: ?Sized>(&'a T, *const T, Option<&'a mut T>);
            pub struct H<T, U = u32>(T, (U, [T; 3]), Vec<(T, U)>, HashMap<T, U>);
            pub enum E<T> { A(T), B(Option<T>, Box<E<T>>), C }
            pub struct S<T>(Option<Box<Self>>, Option<T>);
            pub type Al<T> = (T, T);
            pub struct UsesAlias<T>(Al<T>, Al<Al<T>>, std::rc::Rc<Al<T>>);
            pub struct Nest<T>(E<H<T>>, G<'static, [T]>, std::cell::RefCell<Vec<T>>);
            pub type I1 = P<u8>;
            pub type I2 = P<&'static str>;
            pub type I3 = A<u16, 3>;
            pub type I4 = F<&'static str>;
            pub type I5 = F<fn(u8)>;
            pub type I6 = G<'static, [u8]>;
            pub type I7 = G<'static, dyn Tr<X = u8>>;
            pub type I8 = H<char>;
            pub type I9 = H<i64, (u8, bool)>;
            pub type I10 = E<String>;
            pub type I11 = S<u8>;
            pub type I12 = UsesAlias<&'static [u8]>;
            pub type I13 = Nest<std::num::NonZero<u32>>;
            pub type I14 = E<F<u8>>;
            pub type I16 = Fp<&'static u8>;
            pub type I17 = Fp<u8>;
            pub type I15 = Option<Result<Vec<Box<dyn std::any::Any>>, std::sync::Arc<str>>>;
            """;

    @Test
    void substitutedFieldTypesAreTheLoweredOnes() {
        SourceFile file = new SourceFile("demo.rs", SRC);
        ParseResult<Crate> parsed = Parser.parseCrate(file);
        assertThat(parsed.diagnostics().all()).isEmpty();
        Diagnostics diags = new Diagnostics();
        TyCtxt tcx = TyCtxt.load(parsed.value(), Target.byTriple(Target.DEFAULT).orElseThrow().cfg(), diags);
        assertThat(diags.all()).isEmpty();

        Deque<Ty> todo = new ArrayDeque<>();
        for (NamedType n : tcx.namedTypes()) {
            todo.add(n.ty());
        }
        Set<Ty> seen = new HashSet<>();
        int compared = 0;
        while (!todo.isEmpty()) {
            Ty t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof Ty.Adt a) {
                for (GenericArg g : a.args()) {
                    if (g instanceof Ty ty) {
                        todo.add(ty);
                    }
                }
                for (int v = 0; v < a.def().variants().size(); v++) {
                    List<Ty> tys = a.fieldTys(v);
                    if (a.def().isGeneric()) {
                        assertThat(tys).as("%s variant %d", tcx.printer().print(t), v)
                                .isEqualTo(tcx.fieldTysByLowering(a.def(), v, a.args()));
                        compared++;
                    }
                    todo.addAll(tys);
                }
            } else if (t instanceof Ty.Tuple tu) {
                todo.addAll(tu.elems());
            } else if (t instanceof Ty.Array arr) {
                todo.add(arr.elem());
            } else if (t instanceof Ty.Slice s) {
                todo.add(s.elem());
            } else if (t instanceof Ty.Ref r) {
                todo.add(r.pointee());
            } else if (t instanceof Ty.RawPtr r) {
                todo.add(r.pointee());
            }
        }
        // The file's own instantiations and std's beneath them (Vec, RawVec, HashMap, RefCell, Rc...).
        assertThat(compared).isGreaterThan(60);
    }
}
