package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.UnOp;
import java.util.Optional;

/** How {@code concat!} spells a literal argument: strings and chars as their value, numbers without suffix. */
final class LiteralText {
    private LiteralText() {}

    static Optional<String> of(Expr e) {
        if (e instanceof Expr.Unary u && u.op() == UnOp.NEG && u.operand() instanceof Expr.Lit l
                && (l.value() instanceof Literal.Int || l.value() instanceof Literal.Float)) {
            Optional<String> s = of(l);
            return s.isEmpty() ? s : Optional.of("-" + s.get());
        }
        if (!(e instanceof Expr.Lit l)) {
            return Optional.empty();
        }
        Literal v = l.value();
        if (v instanceof Literal.Str s) {
            return Optional.of(s.value());
        } else if (v instanceof Literal.Char c) {
            return Optional.of(new String(Character.toChars(c.codePoint())));
        } else if (v instanceof Literal.Int i) {
            return Optional.of(i.value().toString());
        } else if (v instanceof Literal.Float f) {
            return Optional.of(f.text());
        } else if (v instanceof Literal.Bool b) {
            return Optional.of(Boolean.toString(b.value()));
        }
        return Optional.empty();
    }
}
