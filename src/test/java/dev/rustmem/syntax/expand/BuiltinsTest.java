package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.syntax.ast.BuiltinArgs;
import dev.rustmem.syntax.ast.BuiltinArgs.Placeholder;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Built-in macros: their parsed arguments, literal results and rustc's errors. */
class BuiltinsTest {
    private static String expand(String src) {
        ExpandFixture f = ExpandFixture.of(src);
        assertThat(f.errors()).isEmpty();
        return f.render();
    }

    /** The first statement expression of main. */
    private static Expr.BuiltinMacro firstMacro(String body) {
        ExpandFixture f = ExpandFixture.of("fn main() { " + body + " }");
        assertThat(f.errors()).isEmpty();
        Item.Fn main = (Item.Fn) f.crate().items().get(0);
        Stmt s = main.body().orElseThrow().stmts().get(0);
        return (Expr.BuiltinMacro) ((Stmt.ExprStmt) s).expr();
    }

    @Test
    void formatStringPiecesAndArgumentResolution() {
        Expr.BuiltinMacro m = firstMacro("println!(\"a {} b {x} {0:?} {:>8.3} {{}} {y:#x}\", p, q, x = 1);");
        BuiltinArgs.Format f = (BuiltinArgs.Format) m.args();
        List<BuiltinArgs.Piece> pieces = f.format().orElseThrow().pieces();
        assertThat(pieces).hasSize(10);
        assertThat(pieces.get(0)).isEqualTo(new BuiltinArgs.Text("a "));
        assertThat(((Placeholder) pieces.get(1)).index()).isZero();
        assertThat(((Placeholder) pieces.get(3)).index()).isEqualTo(2); // {x} is the named argument
        Placeholder debug = (Placeholder) pieces.get(5);
        assertThat(debug.index()).isZero();
        assertThat(debug.parsed().type()).isEqualTo("?");
        Placeholder aligned = (Placeholder) pieces.get(7);
        assertThat(aligned.index()).isEqualTo(1);
        assertThat(aligned.parsed().align()).isEqualTo(BuiltinArgs.Align.RIGHT);
        assertThat(aligned.parsed().width()).contains(new BuiltinArgs.Count.Is(8));
        assertThat(aligned.parsed().precision()).contains(new BuiltinArgs.Count.Is(3));
        assertThat(pieces.get(8)).isEqualTo(new BuiltinArgs.Text(" {} "));
        Placeholder hex = (Placeholder) pieces.get(9);
        assertThat(hex.parsed().alternate()).isTrue();
        assertThat(hex.parsed().type()).isEqualTo("x");
        // {y} captures the local `y`: a named argument appended after the explicit ones
        assertThat(hex.index()).isEqualTo(3);
        assertThat(f.args()).hasSize(4);
        assertThat(f.args().get(3).name().orElseThrow().name()).isEqualTo("y");
        assertThat(f.args().get(3).value()).isInstanceOf(Expr.PathExpr.class);
    }

    @Test
    void widthAndPrecisionArguments() {
        Expr.BuiltinMacro m = firstMacro("println!(\"{:<w$} {:.*} {:^1$} {:08.2}\", 3, 4, 5.0, 2.5, 7, w = 5);");
        List<BuiltinArgs.Piece> pieces = ((BuiltinArgs.Format) m.args()).format().orElseThrow().pieces();
        Placeholder named = (Placeholder) pieces.get(0);
        assertThat(named.index()).isZero();
        assertThat(named.parsed().width()).contains(new BuiltinArgs.Count.Arg(5));
        Placeholder star = (Placeholder) pieces.get(2);
        assertThat(star.parsed().precision()).contains(new BuiltinArgs.Count.Arg(1)); // `.*` takes its precision first
        assertThat(star.index()).isEqualTo(2);
        Placeholder zero = (Placeholder) pieces.get(6);
        assertThat(zero.parsed().zeroPad()).isTrue();
        assertThat(zero.parsed().width()).contains(new BuiltinArgs.Count.Is(8));
    }

    /** The same program rustc 1.95 rejected with these errors at these positions. */
    @Test
    void formatErrorsAsRustc() {
        ExpandFixture f = ExpandFixture.of("""
                fn main() {
                    let x = 1;
                    println!("{} {}", x);
                    println!("{}", x, x);
                    println!("{x} {", );
                    println!("}");
                    println!("{0} {2}", x, x);
                    println!("{}", x, y = 2);
                    println!(x);
                    println!("{} {}", x, x, x);
                    format!();
                }
                """);
        assertThat(f.errors()).containsExactly(
                "main.rs:3:15: error: 2 positional arguments in format string, but there is 1 argument",
                "main.rs:4:23: error: argument never used",
                "main.rs:5:20: error: invalid format string: expected `}` but string was terminated",
                "main.rs:6:15: error: invalid format string: unmatched `}` found",
                "main.rs:7:20: error: invalid reference to positional argument 2 (there are 2 arguments)",
                "main.rs:7:28: error: argument never used",
                "main.rs:8:27: error: named argument never used",
                "main.rs:9:14: error: format argument must be a string literal",
                "main.rs:10:29: error: argument never used",
                "main.rs:11:5: error: requires at least a format string argument");
    }

    @Test
    void leadingExpressions() {
        String out = expand("""
                use std::fmt::Write;
                fn main() {
                    let mut s = String::new();
                    write!(s, "{}", 1).unwrap();
                    writeln!(s).unwrap();
                    assert!(1 < 2);
                    assert!(true, "msg {}", 3);
                    assert_eq!(1 + 1, 2, "math");
                    debug_assert_ne!(1, 2);
                    println!();
                    panic!();
                }
                """);
        assertThat(out).contains("write!(s, \"{}\", 1).unwrap();").contains("writeln!(s).unwrap();")
                .contains("assert!(1 < 2, \"assertion failed: 1 < 2\");").contains("assert!(true, \"msg {}\", 3);")
                .contains("assert_eq!(1 + 1, 2, \"math\");").contains("debug_assert_ne!(1, 2);")
                .contains("println!();").contains("panic!(\"explicit panic\");");
    }

    @Test
    void vecMatchesDbgAddrOf() {
        String out = expand("""
                fn main() {
                    let a = vec![1, 2, 3,];
                    let b = vec![0u8; 4 * 2];
                    let c: Vec<u8> = vec![];
                    let d = vec![HashMap::<String, u8>::new(), Default::default()];
                    let e = matches!(a.len(), 1 | 2 if true);
                    let f = dbg!(1, 2);
                    let g = std::ptr::addr_of!(a);
                    let h = core::ptr::addr_of_mut!(b);
                    let i = vec![|x: u8, y: u8| x + y];
                }
                """);
        assertThat(out).contains("let a = vec![1, 2, 3];").contains("let b = vec![0u8; 4 * 2];")
                .contains("let c: Vec<u8> = vec![];")
                .contains("let d = vec![HashMap::<String, u8>::new(), Default::default()];")
                .contains("let e = matches!(a.len(), 1 | 2 if true);").contains("let f = dbg!(1, 2);")
                .contains("let g = &raw const a;").contains("let h = &raw mut b;");
    }

    /** line!/column!/module_path!/concat!/cfg! results compared with rustc's output for the same program. */
    @Test
    void literalBuiltinsAsRustc() {
        String out = expand("""
                macro_rules! here { () => { (line!(), column!()) } }
                macro_rules! outer { () => { here!() } }
                macro_rules! pass { ($e:expr) => { $e } }
                mod a { pub mod b { pub fn p() -> &'static str { module_path!() } } }
                fn main() {
                    println!("{:?}", here!());
                      println!("{:?}", outer!());
                    println!("{:?}", pass!(line!()));
                    println!("{} {} {}", line!(), column!(), file!());
                    println!("{}", concat!("x", 1, -2, 3.5, true, 'c', "y"));
                    println!("{}", cfg!(unix));
                    println!("{}", cfg!(all(unix, not(windows), target_pointer_width = "64")));
                }
                """);
        assertThat(out).contains("println!(\"{:?}\", (6u32, 22u32));").contains("println!(\"{:?}\", (7u32, 24u32));")
                .contains("println!(\"{:?}\", 8u32);").contains("println!(\"{} {} {}\", 9u32, 35u32, \"main.rs\");")
                .contains("\"main::a::b\"")
                .contains("println!(\"{}\", \"x1-23.5truecy\");").contains("println!(\"{}\", true);")
                .doesNotContain("false");
    }

    @Test
    void hostAccessIsUnsupportedAndCompileErrorReports() {
        ExpandFixture f = ExpandFixture.of("""
                compile_error!("not on this target");
                fn main() {
                    let s = include_str!("x.txt");
                    let e = env!("HOME");
                    let c = concat!("a", x);
                    let u = unknown!(1);
                }
                """);
        assertThat(f.errors()).containsExactly(
                "main.rs:1:1: error: not on this target",
                "main.rs:3:13: error: `include_str!` (it reads the host's files or environment) is not supported by "
                        + "rustmem yet",
                "main.rs:4:13: error: `env!` (it reads the host's files or environment) is not supported by rustmem yet",
                "main.rs:5:26: error: expected a literal",
                "main.rs:6:13: error: cannot find macro `unknown` in this scope");
    }

    @Test
    void threadLocalStaysAndParses() {
        ExpandFixture f = ExpandFixture.of("""
                use std::cell::RefCell;
                thread_local! {
                    static COUNTER: RefCell<u32> = RefCell::new(0);
                    pub static NAMES: RefCell<Vec<String>> = const { RefCell::new(vec![]) };
                }
                fn main() {}
                """);
        assertThat(f.errors()).isEmpty();
        Item.MacroItem tl = (Item.MacroItem) f.crate().items().get(1);
        var decls = ThreadLocalDecl.parse(tl.mac(), f.file(), ExpandFixture.LINUX, new dev.rustmem.diag.Diagnostics());
        assertThat(decls).extracting(d -> d.name().name()).containsExactly("COUNTER", "NAMES");
        assertThat(decls.get(1).constInit()).isTrue();
        assertThat(new AstText(f.file()).expr(decls.get(1).init())).contains("RefCell::new(vec![])");
    }

    @Test
    void userMacroShadowsBuiltin() {
        String out = expand("""
                macro_rules! vec { ($($x:expr),*) => { [$($x),*] }; }
                fn main() { let v = vec![1, 2]; }
                """);
        assertThat(out).contains("let v = [1, 2];");
    }

    @Test
    void forwardedFormatStringAndArguments() {
        String out = expand("""
                macro_rules! log { ($fmt:expr, $($arg:tt)*) => { println!($fmt, $($arg)*) }; }
                macro_rules! say { ($($arg:tt)*) => { println!($($arg)*) }; }
                fn main() { let n = 3; log!("{} {n}", 1 + 1); say!("{:?}", n); }
                """);
        assertThat(out).contains("println!(\"{} {n}\", 1 + 1, n = n);").contains("println!(\"{:?}\", n);");
    }

    /** assert!'s default message, checked against the panics rustc 1.95's binary printed. */
    @Test
    void assertMessagesAsRustc() {
        String[][] cases = {
            {"x>1", "x > 1"},
            {"f( x )==2&&true", "f(x) == 2 && true"},
            {"!vec![1,2].is_empty() == false", "!vec![1,2].is_empty() == false"},
            {"x as u8 > 3u8", "x as u8 > 3u8"},
            {"-x > 0 || x.pow(2) >= 9", "-x > 0 || x.pow(2) >= 9"},
            {"s.v.len()>0", "s.v.len() > 0"},
            {"a[0] == a[1]", "a[0] == a[1]"},
            {"matches!(Some(1), None)", "matches!(Some(1), None)"},
            {"{ 1 } == 2", "{ 1 } == 2"},
            {"t.0 + t.1 == 0, ", "t.0 + t.1 == 0"},
        };
        for (String[] c : cases) {
            BuiltinArgs.Format f = (BuiltinArgs.Format) firstMacro("assert!(" + c[0] + ");").args();
            assertThat(f.format().orElseThrow().raw()).isEqualTo("assertion failed: " + c[1]);
        }
    }

    /** The panicking macros' messages, as rustc 1.95's binary printed them. */
    @Test
    void panicMessagesAsRustc() {
        String[][] cases = {
            {"panic!()", "explicit panic"},
            {"unreachable!()", "internal error: entered unreachable code"},
            {"unreachable!(\"x {}\", 1)", "internal error: entered unreachable code: x {}"},
            {"todo!()", "not yet implemented"},
            {"todo!(\"t{}\", 2)", "not yet implemented: t{}"},
            {"unimplemented!()", "not implemented"},
            {"unimplemented!(\"u\")", "not implemented: u"},
            {"panic!(\"p {}\", 3)", "p {}"},
        };
        for (String[] c : cases) {
            BuiltinArgs.Format f = (BuiltinArgs.Format) firstMacro(c[0] + ";").args();
            assertThat(f.format().orElseThrow().raw()).isEqualTo(c[1]);
        }
        BuiltinArgs.Format u = (BuiltinArgs.Format) firstMacro("unreachable!(\"x {}\", 1);").args();
        assertThat(u.format().orElseThrow().pieces()).hasSize(3);
        assertThat(u.format().orElseThrow().pieces().get(0))
                .isEqualTo(new BuiltinArgs.Text("internal error: entered unreachable code: "));
    }

    /** dbg!'s texts and location, and panic!'s location, as rustc 1.95's binary printed them. */
    @Test
    void dbgTextsAndLocations() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! boom { () => {
                    panic!("b")
                } }
                fn main() {
                    let x = 2;
                    dbg!(x+1, x * 2);
                    dbg!();
                    boom!();
                }
                """);
        assertThat(f.errors()).isEmpty();
        Item.Fn main = (Item.Fn) f.crate().items().get(1);
        List<Stmt> stmts = main.body().orElseThrow().stmts();
        Expr.BuiltinMacro dbg = (Expr.BuiltinMacro) ((Stmt.ExprStmt) stmts.get(1)).expr();
        assertThat(((BuiltinArgs.Dbg) dbg.args()).texts()).containsExactly("x+1", "x * 2");
        assertThat(location(f, dbg)).isEqualTo("6:5"); // rustc: [main.rs:6:5] x+1 = 3
        Expr.BuiltinMacro empty = (Expr.BuiltinMacro) ((Stmt.ExprStmt) stmts.get(2)).expr();
        assertThat(((BuiltinArgs.Dbg) empty.args()).texts()).isEmpty();
        Expr.BuiltinMacro panic = (Expr.BuiltinMacro) ((Stmt.ExprStmt) stmts.get(3)).expr();
        assertThat(panic.name()).isEqualTo("panic");
        assertThat(location(f, panic)).isEqualTo("8:5"); // rustc: panicked at main.rs:8:5 (the boom!() call)
    }

    private static String location(ExpandFixture f, Expr e) {
        var lines = f.file().lines();
        return lines.line(e.span().start()) + ":" + lines.column(e.span().start());
    }

    /** A forwarded expression keeps its source spacing in dbg!'s text, as in rustc 1.95 (`[dd.rs:2:24] x+1 = 3`). */
    @Test
    void dbgOfForwardedExpression() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! d { ($e:expr) => { dbg!($e) } }
                fn main() { let x = 2; d!(x+1); dbg!(x+1); }
                """);
        assertThat(f.errors()).isEmpty();
        Item.Fn main = (Item.Fn) f.crate().items().get(1);
        List<Stmt> stmts = main.body().orElseThrow().stmts();
        var forwarded = (BuiltinArgs.Dbg) ((Expr.BuiltinMacro) ((Stmt.ExprStmt) stmts.get(1)).expr()).args();
        var direct = (BuiltinArgs.Dbg) ((Expr.BuiltinMacro) ((Stmt.ExprStmt) stmts.get(2)).expr()).args();
        assertThat(forwarded.texts()).containsExactly("x+1");
        assertThat(direct.texts()).containsExactly("x+1");
    }

    @Test
    void offsetOfTakesAContainerTypeAndAFieldPath() {
        Expr.BuiltinMacro m = firstMacro("offset_of!(Pair<u8, (u16, u32)>, b.1);");
        BuiltinArgs.OffsetOf o = (BuiltinArgs.OffsetOf) m.args();
        assertThat(o.container()).isInstanceOf(dev.rustmem.syntax.ast.TypeExpr.PathType.class);
        assertThat(o.fields()).extracting(dev.rustmem.syntax.ast.Ident::name).containsExactly("b", "1");
        BuiltinArgs.OffsetOf nested = (BuiltinArgs.OffsetOf) firstMacro("std::mem::offset_of!(T, a.0.1);").args();
        assertThat(nested.fields()).extracting(dev.rustmem.syntax.ast.Ident::name).containsExactly("a", "0", "1");
    }

    @Test
    void offsetOfWithoutAFieldIsAnError() {
        ExpandFixture f = ExpandFixture.of("fn main() { offset_of!(S); }");
        assertThat(f.errors()).anyMatch(e -> e.contains("expected a type and a field"));
    }
}
