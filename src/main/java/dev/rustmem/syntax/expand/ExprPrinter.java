package dev.rustmem.syntax.expand;

import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.MacCall;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.PathSegment;
import java.util.List;

/**
 * Prints an unexpanded expression as rustc's pretty printer ({@code pprust::expr_to_string})
 * does, for {@code assert!(cond)}'s message "assertion failed: cond": operators spaced, calls
 * and indexing tight, parentheses exactly where written, macro calls as their tokens (like
 * {@code stringify!}). Forms it does not model (closures, matches, multi-statement blocks, ...)
 * print as their source text with whitespace runs collapsed.
 */
final class ExprPrinter {
    private final SourceFile file;
    private final TokenPrinter tokens;

    ExprPrinter(SourceFile file, TokenPrinter tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    String print(Expr e) {
        if (e instanceof Expr.Lit) {
            return source(e);
        } else if (e instanceof Expr.PathExpr p) {
            return path(p.path());
        } else if (e instanceof Expr.Unary u) {
            return u.op().spelling() + print(u.operand());
        } else if (e instanceof Expr.Binary b) {
            return print(b.lhs()) + " " + b.op().spelling() + " " + print(b.rhs());
        } else if (e instanceof Expr.Cast c) {
            return print(c.expr()) + " as " + collapse(file.slice(c.ty().span()));
        } else if (e instanceof Expr.AddrOf a && !a.raw()) {
            return (a.mutable() ? "&mut " : "&") + print(a.expr());
        } else if (e instanceof Expr.Call c) {
            return print(c.callee()) + "(" + list(c.args()) + ")";
        } else if (e instanceof Expr.MethodCall m) {
            return print(m.receiver()) + "." + segment(m.method()) + "(" + list(m.args()) + ")";
        } else if (e instanceof Expr.Field f) {
            return print(f.expr()) + "." + f.name().name();
        } else if (e instanceof Expr.Index i) {
            return print(i.expr()) + "[" + print(i.index()) + "]";
        } else if (e instanceof Expr.Tuple t) {
            return "(" + list(t.elems()) + (t.elems().size() == 1 ? ",)" : ")");
        } else if (e instanceof Expr.Array a) {
            return "[" + list(a.elems()) + "]";
        } else if (e instanceof Expr.Paren p) {
            // invisible parentheses around a substituted $e:expr print as their contents
            return p.span().equals(p.inner().span()) ? print(p.inner()) : "(" + print(p.inner()) + ")";
        } else if (e instanceof Expr.MacroCall m) {
            return mac(m.mac());
        } else if (e instanceof Expr.BlockExpr b && b.label().isEmpty() && b.kind() == Expr.BlockKind.PLAIN
                && b.block().stmts().isEmpty() && b.block().tail().isPresent()) {
            return "{ " + print(b.block().tail().get()) + " }";
        } else if (e instanceof Expr.Try t) {
            return print(t.expr()) + "?";
        }
        return collapse(source(e));
    }

    private String list(List<Expr> es) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < es.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(print(es.get(i)));
        }
        return sb.toString();
    }

    private String path(Path p) {
        if (p.qself().isPresent()) {
            return collapse(file.slice(p.span()));
        }
        StringBuilder sb = new StringBuilder(p.global() ? "::" : "");
        for (int i = 0; i < p.segments().size(); i++) {
            sb.append(i > 0 ? "::" : "").append(Hygiene.written(segment(p.segments().get(i))));
        }
        return sb.toString();
    }

    private String segment(PathSegment s) {
        return s.args().isEmpty() ? s.name().name() : s.name().name() + "::" + collapse(file.slice(s.args().get().span()));
    }

    private String mac(MacCall m) {
        String open = switch (m.delimiter()) {
            case PAREN -> "(";
            case BRACKET -> "[";
            case BRACE -> " { ";
        };
        String close = switch (m.delimiter()) {
            case PAREN -> ")";
            case BRACKET -> "]";
            case BRACE -> " }";
        };
        return path(m.path()) + "!" + open + tokens.print(m.tokens()) + close;
    }

    private String source(Expr e) {
        return file.slice(e.span());
    }

    /**
     * Stripped, with each run of whitespace (regex {@code \s}) as one space; a loop, since
     * compiling a regex costs a cold run.
     */
    private static String collapse(String s) {
        String t = s.strip();
        StringBuilder sb = new StringBuilder(t.length());
        boolean inRun = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) {
                sb.append(c);
            } else if (!inRun) {
                sb.append(' ');
            }
            inRun = space;
        }
        return sb.toString();
    }
}
