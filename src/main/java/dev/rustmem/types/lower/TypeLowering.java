package dev.rustmem.types.lower;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lowers one written type to a {@link Ty} (rustc's {@code lower_ty}): paths are resolved, generic
 * arguments checked and defaulted, aliases expanded, array lengths const-evaluated, lifetimes
 * erased. Errors are reported to the sink and lowering continues, so that every error in a type
 * is reported once; the result is then empty. {@code _} and {@code impl Trait} make the result
 * empty too: they do not name a concrete type.
 */
final class TypeLowering implements TypeExpr.Visitor<Ty> {
    enum Mode {
        /** A type in the program: {@code _} and {@code impl Trait} quietly make it non-concrete. */
        TYPE,
        /** A type asked for on the command line: those are errors. */
        REQUESTED
    }

    /** An array length that depends on a const parameter (only in generic definitions). */
    static final long UNEVALUATED_LEN = -1;

    final LoweringCtxt cx;
    // Set by start(): LoweringCtxt reuses lowerings (one per nesting level) rather than making
    // three objects for each of the tens of thousands of types a file names.
    Diagnostics sink;
    Mode mode;
    private final PathLowering paths;
    private final ArgsLowering args;
    private Env env;
    private boolean failed;
    private boolean inferred;

    TypeLowering(LoweringCtxt cx) {
        this.cx = cx;
        this.paths = new PathLowering(this);
        this.args = new ArgsLowering(this);
    }

    /** Readies this lowering for one type. */
    TypeLowering start(Diagnostics sink, Mode mode) {
        this.sink = sink;
        this.mode = mode;
        this.env = null;
        this.failed = false;
        this.inferred = false;
        return this;
    }

    /** The generic argument lowering of this type (stateless: one per lowering). */
    ArgsLowering args() {
        return args;
    }

    /** The type, or null when it is erroneous or not concrete. */
    Ty top(TypeExpr te, Env env) {
        Ty t = lower(te, env);
        return failed || inferred ? null : t;
    }

    Ty lower(TypeExpr te, Env e) {
        Env saved = env;
        env = e;
        try {
            return te.accept(this);
        } finally {
            env = saved;
        }
    }

    Env env() {
        return env;
    }

    /** Records an error and returns a stand-in so that lowering can go on. */
    Ty error(Diagnostic d) {
        sink.add(d);
        failed = true;
        return Ty.NEVER;
    }

    /** Marks the type as erroneous when the error was reported elsewhere (const evaluation). */
    Ty fail() {
        failed = true;
        return Ty.NEVER;
    }

    /** Marks the type as not concrete ({@code _}, {@code impl Trait}, inferred arguments). */
    Ty infer() {
        inferred = true;
        return Ty.NEVER;
    }

    boolean failed() {
        return failed;
    }

    /**
     * Whether this lowering has so far reported nothing and stayed concrete: then what it lowers
     * next depends only on the written type and its scope (see the alias cache in {@link LoweringCtxt}).
     */
    boolean cleanSoFar() {
        return mode == Mode.TYPE && !failed && !inferred && sink.isEmpty();
    }

    @Override
    public Ty visitPath(TypeExpr.PathType t) {
        return paths.lowerPathType(t);
    }

    @Override
    public Ty visitRef(TypeExpr.Ref t) {
        return cx.intern(new Ty.Ref(t.pointee().accept(this), t.mutable()));
    }

    @Override
    public Ty visitRawPtr(TypeExpr.RawPtr t) {
        return cx.intern(new Ty.RawPtr(t.pointee().accept(this), t.mutable()));
    }

    @Override
    public Ty visitTuple(TypeExpr.Tuple t) {
        List<TypeExpr> written = t.elems();
        if (written.isEmpty()) {
            return Ty.UNIT;
        }
        Ty[] elems = new Ty[written.size()];
        for (int i = 0; i < elems.length; i++) {
            elems[i] = written.get(i).accept(this);
        }
        return cx.intern(new Ty.Tuple(dev.rustmem.types.HashedList.adopt(elems)));
    }

    @Override
    public Ty visitArray(TypeExpr.Array t) {
        Ty elem = t.elem().accept(this);
        ConstEval.Result len = cx.consts().evalIn(t.len(), Ty.usize(), env, sink);
        if (len.generic()) {
            return cx.intern(new Ty.Array(elem, UNEVALUATED_LEN));
        }
        if (len.value().isEmpty()) {
            failed = true;
            return Ty.NEVER;
        }
        BigInteger v = len.value().get();
        if (v.bitLength() > 63) {
            return error(Diagnostic.unsupported("an array length above 2^63 - 1 (`" + v + "`)", t.len().span()));
        }
        return cx.intern(new Ty.Array(elem, v.longValueExact()));
    }

    @Override
    public Ty visitSlice(TypeExpr.Slice t) {
        return cx.intern(new Ty.Slice(t.elem().accept(this)));
    }

    @Override
    public Ty visitNever(TypeExpr.Never t) {
        return Ty.NEVER;
    }

    @Override
    public Ty visitFnPtr(TypeExpr.FnPtr t) {
        List<Ty> inputs = new ArrayList<>(t.params().size());
        for (TypeExpr p : t.params()) {
            inputs.add(p.accept(this));
        }
        Ty out = t.ret().isPresent() ? t.ret().get().accept(this) : Ty.UNIT;
        Optional<String> abi = t.abi().isPresent() && t.abi().get().equals("Rust") ? Optional.empty() : t.abi();
        List<Boolean> bound = FnPtrRegions.lateBound(t);
        int refs = 0;
        for (Ty in : inputs) {
            refs += dev.rustmem.types.FnPtrRegionCount.of(in);
        }
        return cx.intern(bound.size() == refs ? new Ty.FnPtr(inputs, out, t.unsafe(), abi, t.variadic(), bound)
                : new Ty.FnPtr(inputs, out, t.unsafe(), abi, t.variadic()));
    }

    @Override
    public Ty visitTraitObject(TypeExpr.TraitObject t) {
        return new DynLowering(this).lower(t);
    }

    @Override
    public Ty visitImplTrait(TypeExpr.ImplTrait t) {
        if (mode == Mode.REQUESTED) {
            return error(Diagnostic.error("`impl Trait` does not name a concrete type", t.span(),
                    "not a concrete type"));
        }
        return infer();
    }

    @Override
    public Ty visitInfer(TypeExpr.Infer t) {
        if (mode == Mode.REQUESTED) {
            return error(Diagnostic.error(dev.rustmem.diag.Code.E0121,
                    "the placeholder `_` is not allowed within types on item signatures", t.span(),
                    "not allowed in type signatures"));
        }
        return infer();
    }

    @Override
    public Ty visitParen(TypeExpr.Paren t) {
        return t.inner().accept(this);
    }

    @Override
    public Ty visitMacro(TypeExpr.MacroType t) {
        return error(Diagnostic.unsupported("a macro in type position", t.span()));
    }
}
