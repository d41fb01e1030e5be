package dev.rustmem.syntax.parse;

import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.UseTree;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code use} trees: {@code a::b}, {@code a::b as c}, {@code a::*}, {@code a::{b, c::d, self}}, {@code ::x}. */
final class UseTreeParser extends SubParser {
    UseTreeParser(Grammar g) {
        super(g);
    }

    UseTree tree() {
        c.enter();
        try {
            return treeInner();
        } finally {
            c.exit();
        }
    }

    private UseTree treeInner() {
        int start = c.start();
        boolean global = c.eat(TokenKind.PATH_SEP);
        List<PathSegment> segs = new ArrayList<>();
        int prefixEnd = c.prevEnd();
        while (isPathSegmentStart(c.kind())) {
            segs.add(PathSegment.of(c.bumpIdent()));
            prefixEnd = c.prevEnd();
            if (!(c.check(TokenKind.PATH_SEP))) {
                break;
            }
            if (c.kind(1) == TokenKind.STAR || c.kind(1) == TokenKind.OPEN_BRACE) {
                c.bump();
                break;
            }
            c.bump();
        }
        Path prefix = new Path(global, Optional.empty(), segs,
                new dev.rustmem.source.Span(start, Math.max(start, segs.isEmpty() && global ? start + 2 : prefixEnd)));
        if (c.at(TokenKind.STAR)) {
            c.bump();
            return new UseTree.Glob(prefix, span(start));
        }
        if (c.at(TokenKind.OPEN_BRACE)) {
            c.bump();
            List<UseTree> trees = new ArrayList<>();
            while (!c.check(TokenKind.CLOSE_BRACE)) {
                trees.add(tree());
                if (!c.eat(TokenKind.COMMA)) {
                    break;
                }
            }
            c.expect(TokenKind.CLOSE_BRACE);
            return new UseTree.Nested(prefix, trees, span(start));
        }
        if (segs.isEmpty()) {
            ident(); // reports rustc's "expected identifier, found .."
        }
        Optional<Ident> rename = Optional.empty();
        if (c.eat(TokenKind.KW_AS)) {
            rename = Optional.of(g.decls.identOrUnderscore());
        }
        return new UseTree.Simple(prefix, rename, span(start));
    }
}
