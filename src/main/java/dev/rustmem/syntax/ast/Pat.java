package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

public sealed interface Pat {
    Span span();

    <R> R accept(Visitor<R> v);

    interface Visitor<R> {
        R visitWild(Wild p);
        R visitIdent(IdentPat p);
        R visitLit(LitPat p);
        R visitRange(RangePat p);
        R visitPath(PathPat p);
        R visitTupleStruct(TupleStruct p);
        R visitStruct(StructPat p);
        R visitTuple(TuplePat p);
        R visitSlice(SlicePat p);
        R visitRef(RefPat p);
        R visitOr(OrPat p);
        R visitRest(Rest p);
        R visitBox(BoxPat p);
        R visitMacro(MacroPat p);
        R visitParen(ParenPat p);
    }

    record Wild(Span span) implements Pat {
        public <R> R accept(Visitor<R> v) { return v.visitWild(this); }
    }

    /** {@code ref mut name @ sub}. A lone uppercase name may really be a unit variant/const: the resolver decides. */
    record IdentPat(boolean byRef, boolean mutable, Ident name, Optional<Pat> sub, Span span) implements Pat {
        public <R> R accept(Visitor<R> v) { return v.visitIdent(this); }
    }

    /** A literal or {@code -literal}. */
    record LitPat(Expr value, Span span) implements Pat {
        public <R> R accept(Visitor<R> v) { return v.visitLit(this); }
    }

    /** {@code a..=b}, {@code a..b}, {@code a..}, {@code ..=b}; bounds are literal or path expressions. */
    record RangePat(Optional<Expr> start, Optional<Expr> end, boolean inclusive, Span span) implements Pat {
        public <R> R accept(Visitor<R> v) { return v.visitRange(this); }
    }

    /** A path that is not a plain identifier: {@code None}, {@code Ordering::Less}, {@code CONST}. */
    record PathPat(Path path) implements Pat {
        public Span span() { return path.span(); }
        public <R> R accept(Visitor<R> v) { return v.visitPath(this); }
    }

    record TupleStruct(Path path, List<Pat> elems, Span span) implements Pat {
        public TupleStruct { elems = List.copyOf(elems); }
        public <R> R accept(Visitor<R> v) { return v.visitTupleStruct(this); }
    }

    /** @param shorthand {@code Point { x, .. }} */
    record FieldPat(List<Attribute> attrs, Ident name, Pat pat, boolean shorthand, Span span) {
        public FieldPat { attrs = List.copyOf(attrs); }
    }

    record StructPat(Path path, List<FieldPat> fields, boolean rest, Span span) implements Pat {
        public StructPat { fields = List.copyOf(fields); }
        public <R> R accept(Visitor<R> v) { return v.visitStruct(this); }
    }

    record TuplePat(List<Pat> elems, Span span) implements Pat {
        public TuplePat { elems = List.copyOf(elems); }
        public <R> R accept(Visitor<R> v) { return v.visitTuple(this); }
    }

    record SlicePat(List<Pat> elems, Span span) implements Pat {
        public SlicePat { elems = List.copyOf(elems); }
        public <R> R accept(Visitor<R> v) { return v.visitSlice(this); }
    }

    record RefPat(boolean mutable, Pat inner, Span span) implements Pat {
        public <R> R accept(Visitor<R> v) { return v.visitRef(this); }
    }

    record OrPat(List<Pat> alternatives, Span span) implements Pat {
        public OrPat { alternatives = List.copyOf(alternatives); }
        public <R> R accept(Visitor<R> v) { return v.visitOr(this); }
    }

    /** {@code ..} inside tuple, tuple-struct and slice patterns. */
    record Rest(Span span) implements Pat {
        public <R> R accept(Visitor<R> v) { return v.visitRest(this); }
    }

    record BoxPat(Pat inner, Span span) implements Pat {
        public <R> R accept(Visitor<R> v) { return v.visitBox(this); }
    }

    record MacroPat(MacCall mac) implements Pat {
        public Span span() { return mac.span(); }
        public <R> R accept(Visitor<R> v) { return v.visitMacro(this); }
    }

    record ParenPat(Pat inner, Span span) implements Pat {
        public <R> R accept(Visitor<R> v) { return v.visitParen(this); }
    }
}
