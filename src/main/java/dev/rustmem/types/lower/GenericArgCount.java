package dev.rustmem.types.lower;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Label;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.GenericArg;
import dev.rustmem.syntax.ast.PathSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * E0107 in rustc 1.95's words (rustc_hir_analysis {@code WrongNumberOfGenericArgs}), e.g.
 * "struct takes at most 2 generic arguments but 3 generic arguments were supplied" with the
 * primary label on the path segment and a secondary one on the surplus or supplied arguments.
 */
final class GenericArgCount {
    private GenericArgCount() {}

    static Optional<Diagnostic> check(List<ParamInfo> params, List<GenericArg> written, PathSegment seg,
            ArgsLowering.Target target) {
        int total = params.size();
        int required = 0;
        for (ParamInfo p : params) {
            required += p.hasDefault() ? 0 : 1;
        }
        int n = written.size();
        if (n >= required && n <= total) {
            return Optional.empty();
        }
        Span at = seg.name().span();
        Diagnostic d;
        String noteQual;
        List<ParamInfo> listed;
        if (n < required) {
            String q = required == total ? "" : "at least ";
            noteQual = q;
            listed = new ArrayList<>();
            for (ParamInfo p : params) {
                if (!p.hasDefault()) {
                    listed.add(p);
                }
            }
            String expected = "expected " + q + args(required);
            if (seg.args().isEmpty()) {
                d = Diagnostic.error(Code.E0107, "missing generics for " + target.descr() + " `" + target.name() + "`",
                        at, expected);
            } else {
                d = Diagnostic.error(Code.E0107, target.descr() + " takes " + q + args(required) + " but "
                        + supplied(n), at, expected);
                if (n > 0) {
                    d = d.withSecondary(new Label(written.get(0).span().to(written.get(n - 1).span()),
                            "supplied " + args(n)));
                }
            }
        } else {
            String q = required == total ? "" : "at most ";
            noteQual = q;
            listed = params;
            d = Diagnostic.error(Code.E0107, target.descr() + " takes " + q + args(total) + " but " + supplied(n),
                    at, "expected " + q + args(total));
            Span extra = total == 0 ? written.get(0).span().to(written.get(n - 1).span())
                    : new Span(written.get(total - 1).span().end(), written.get(n - 1).span().end());
            d = d.withSecondary(new Label(extra, "help: remove the unnecessary generic argument"
                    + (n - total == 1 ? "" : "s")));
        }
        if (target.local()) {
            StringBuilder names = new StringBuilder();
            for (ParamInfo p : listed) {
                names.append(names.length() > 0 ? ", " : "").append('`').append(p.name()).append('`');
            }
            d = d.withNote(target.descr() + " defined here, with " + noteQual + listed.size() + " generic parameter"
                    + (listed.size() == 1 ? "" : "s") + ": " + names);
        }
        return Optional.of(d);
    }

    private static String args(int n) {
        return n + " generic argument" + (n == 1 ? "" : "s");
    }

    private static String supplied(int n) {
        return args(n) + (n == 1 ? " was" : " were") + " supplied";
    }
}
