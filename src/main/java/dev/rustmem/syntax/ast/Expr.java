package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/** Expressions. Every record carries its span; {@link Visitor} gives exhaustive dispatch. */
public sealed interface Expr {
    Span span();

    <R> R accept(Visitor<R> v);

    interface Visitor<R> {
        R visitLit(Lit e);
        R visitPath(PathExpr e);
        R visitUnary(Unary e);
        R visitBinary(Binary e);
        R visitAssign(Assign e);
        R visitAssignOp(AssignOp e);
        R visitCast(Cast e);
        R visitAddrOf(AddrOf e);
        R visitCall(Call e);
        R visitMethodCall(MethodCall e);
        R visitField(Field e);
        R visitIndex(Index e);
        R visitTuple(Tuple e);
        R visitArray(Array e);
        R visitRepeat(Repeat e);
        R visitStruct(StructLit e);
        R visitBlock(BlockExpr e);
        R visitIf(If e);
        R visitLet(Let e);
        R visitMatch(Match e);
        R visitWhile(While e);
        R visitLoop(Loop e);
        R visitFor(For e);
        R visitBreak(Break e);
        R visitContinue(Continue e);
        R visitReturn(Return e);
        R visitClosure(Closure e);
        R visitRange(Range e);
        R visitTry(Try e);
        R visitAwait(Await e);
        R visitMacroCall(MacroCall e);
        R visitParen(Paren e);
        R visitUnderscore(Underscore e);
        R visitBuiltinMacro(BuiltinMacro e);
    }

    record Lit(Literal value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLit(this); }
    }

    /** A path in value position: local, const, fn, unit struct/variant, {@code Vec::<u8>::new}. */
    record PathExpr(Path path) implements Expr {
        public Span span() { return path.span(); }
        public <R> R accept(Visitor<R> v) { return v.visitPath(this); }
    }

    record Unary(UnOp op, Expr operand, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnary(this); }
    }

    record Binary(Expr lhs, BinOp op, Expr rhs, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBinary(this); }
    }

    record Assign(Expr target, Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAssign(this); }
    }

    /** {@code a += b}: op is the arithmetic operator ({@code ADD}). */
    record AssignOp(Expr target, BinOp op, Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAssignOp(this); }
    }

    record Cast(Expr expr, TypeExpr ty, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCast(this); }
    }

    /** {@code &e}, {@code &mut e}, {@code &raw const e}, {@code &raw mut e}. */
    record AddrOf(boolean raw, boolean mutable, Expr expr, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAddrOf(this); }
    }

    record Call(Expr callee, List<Expr> args, Span span) implements Expr {
        public Call { args = List.copyOf(args); }
        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    /** {@code recv.method::<T>(args)}: the segment carries the turbofish. */
    record MethodCall(Expr receiver, PathSegment method, List<Expr> args, Span span) implements Expr {
        public MethodCall { args = List.copyOf(args); }
        public <R> R accept(Visitor<R> v) { return v.visitMethodCall(this); }
    }

    /** {@code e.name} or {@code e.0} (name "0"). */
    record Field(Expr expr, Ident name, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitField(this); }
    }

    record Index(Expr expr, Expr index, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIndex(this); }
    }

    record Tuple(List<Expr> elems, Span span) implements Expr {
        public Tuple { elems = List.copyOf(elems); }
        public <R> R accept(Visitor<R> v) { return v.visitTuple(this); }
    }

    record Array(List<Expr> elems, Span span) implements Expr {
        public Array { elems = List.copyOf(elems); }
        public <R> R accept(Visitor<R> v) { return v.visitArray(this); }
    }

    /** {@code [value; count]}. */
    record Repeat(Expr value, Expr count, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitRepeat(this); }
    }

    /** {@code Path { a: 1, b, ..base }}; {@code rest} true for a bare {@code ..} (default field values). */
    record StructLit(Path path, List<FieldInit> fields, Optional<Expr> base, boolean rest, Span span) implements Expr {
        public StructLit { fields = List.copyOf(fields); }
        public <R> R accept(Visitor<R> v) { return v.visitStruct(this); }
    }

    /** @param shorthand {@code Point { x, y }} */
    record FieldInit(List<Attribute> attrs, Ident name, Expr value, boolean shorthand, Span span) {
        public FieldInit { attrs = List.copyOf(attrs); }
    }

    enum BlockKind { PLAIN, UNSAFE, CONST, ASYNC, ASYNC_MOVE }

    record BlockExpr(BlockKind kind, Optional<Lifetime> label, Block block, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBlock(this); }
    }

    /** {@code if cond { } else ..}; {@code cond} may contain {@link Let} (if-let and let chains). */
    record If(Expr cond, Block then, Optional<Expr> otherwise, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    /** {@code let pat = expr} inside an {@code if}/{@code while} condition. */
    record Let(Pat pat, Expr scrutinee, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLet(this); }
    }

    record Match(Expr scrutinee, List<Arm> arms, Span span) implements Expr {
        public Match { arms = List.copyOf(arms); }
        public <R> R accept(Visitor<R> v) { return v.visitMatch(this); }
    }

    record While(Optional<Lifetime> label, Expr cond, Block body, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitWhile(this); }
    }

    record Loop(Optional<Lifetime> label, Block body, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLoop(this); }
    }

    record For(Optional<Lifetime> label, Pat pat, Expr iter, Block body, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    record Break(Optional<Lifetime> label, Optional<Expr> value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBreak(this); }
    }

    record Continue(Optional<Lifetime> label, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitContinue(this); }
    }

    record Return(Optional<Expr> value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    record ClosureParam(List<Attribute> attrs, Pat pat, Optional<TypeExpr> ty, Span span) {
        public ClosureParam { attrs = List.copyOf(attrs); }
    }

    record Closure(boolean isMove, boolean isAsync, List<ClosureParam> params, Optional<TypeExpr> ret, Expr body,
            Span span) implements Expr {
        public Closure { params = List.copyOf(params); }
        public <R> R accept(Visitor<R> v) { return v.visitClosure(this); }
    }

    record Range(Optional<Expr> start, Optional<Expr> end, boolean inclusive, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitRange(this); }
    }

    /** {@code e?}. */
    record Try(Expr expr, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitTry(this); }
    }

    record Await(Expr expr, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAwait(this); }
    }

    /** An unexpanded macro invocation in expression (or statement) position. */
    record MacroCall(MacCall mac) implements Expr {
        public Span span() { return mac.span(); }
        public <R> R accept(Visitor<R> v) { return v.visitMacroCall(this); }
    }

    record Paren(Expr inner, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitParen(this); }
    }

    /** {@code _} on the left of a destructuring assignment. */
    record Underscore(Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnderscore(this); }
    }

    /**
     * A built-in macro after expansion ({@code println!}, {@code format!}, {@code vec!},
     * {@code assert_eq!}, {@code panic!}, {@code matches!}, ...) with its arguments parsed.
     * {@code name} is the macro's name without {@code !}.
     */
    record BuiltinMacro(String name, BuiltinArgs args, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBuiltinMacro(this); }
    }
}
