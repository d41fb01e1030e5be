package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/** A type as written. Resolved into {@code dev.rustmem.types.Ty} by the types package. */
public sealed interface TypeExpr {
    Span span();

    <R> R accept(Visitor<R> v);

    interface Visitor<R> {
        R visitPath(PathType t);

        R visitRef(Ref t);

        R visitRawPtr(RawPtr t);

        R visitTuple(Tuple t);

        R visitArray(Array t);

        R visitSlice(Slice t);

        R visitNever(Never t);

        R visitFnPtr(FnPtr t);

        R visitTraitObject(TraitObject t);

        R visitImplTrait(ImplTrait t);

        R visitInfer(Infer t);

        R visitParen(Paren t);

        R visitMacro(MacroType t);
    }

    /** {@code Vec<u8>}, {@code T}, {@code Self}, {@code <T as Iterator>::Item}. */
    record PathType(Path path) implements TypeExpr {
        public Span span() {
            return path.span();
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitPath(this);
        }
    }

    record Ref(Optional<Lifetime> lifetime, boolean mutable, TypeExpr pointee, Span span) implements TypeExpr {
        public <R> R accept(Visitor<R> v) {
            return v.visitRef(this);
        }
    }

    record RawPtr(boolean mutable, TypeExpr pointee, Span span) implements TypeExpr {
        public <R> R accept(Visitor<R> v) {
            return v.visitRawPtr(this);
        }
    }

    /** {@code ()} is the empty tuple; {@code (T,)} a one-element tuple; {@code (T)} is a {@link Paren}. */
    record Tuple(List<TypeExpr> elems, Span span) implements TypeExpr {
        public Tuple {
            elems = List.copyOf(elems);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitTuple(this);
        }
    }

    record Array(TypeExpr elem, Expr len, Span span) implements TypeExpr {
        public <R> R accept(Visitor<R> v) {
            return v.visitArray(this);
        }
    }

    record Slice(TypeExpr elem, Span span) implements TypeExpr {
        public <R> R accept(Visitor<R> v) {
            return v.visitSlice(this);
        }
    }

    record Never(Span span) implements TypeExpr {
        public <R> R accept(Visitor<R> v) {
            return v.visitNever(this);
        }
    }

    /**
     * {@code for<'a> unsafe extern "C" fn(x: u32, ...) -> u8}. Parameter names are dropped.
     *
     * @param abi the ABI string if {@code extern} was written ({@code "C"} when {@code extern} alone)
     */
    record FnPtr(List<Lifetime> forLifetimes, boolean unsafe, Optional<String> abi, List<TypeExpr> params,
            boolean variadic, Optional<TypeExpr> ret, Span span) implements TypeExpr {
        public FnPtr {
            forLifetimes = List.copyOf(forLifetimes);
            params = List.copyOf(params);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitFnPtr(this);
        }
    }

    /** {@code dyn Trait + Send + 'a}; {@code dynKeyword} false for bare trait objects (an error in 2021+). */
    record TraitObject(boolean dynKeyword, List<GenericBound> bounds, Span span) implements TypeExpr {
        public TraitObject {
            bounds = List.copyOf(bounds);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitTraitObject(this);
        }
    }

    record ImplTrait(List<GenericBound> bounds, Span span) implements TypeExpr {
        public ImplTrait {
            bounds = List.copyOf(bounds);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitImplTrait(this);
        }
    }

    /** {@code _}. */
    record Infer(Span span) implements TypeExpr {
        public <R> R accept(Visitor<R> v) {
            return v.visitInfer(this);
        }
    }

    /** {@code (T)}: kept so that spans and {@code &(dyn A + B)} print as written. */
    record Paren(TypeExpr inner, Span span) implements TypeExpr {
        public <R> R accept(Visitor<R> v) {
            return v.visitParen(this);
        }
    }

    /** A macro in type position, e.g. {@code ty!()}, expanded later. */
    record MacroType(MacCall mac) implements TypeExpr {
        public Span span() {
            return mac.span();
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitMacro(this);
        }
    }
}
