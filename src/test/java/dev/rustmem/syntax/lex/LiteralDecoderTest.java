package dev.rustmem.syntax.lex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Literal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LiteralDecoderTest {
    private final Diagnostics diags = new Diagnostics();

    private Literal decode(String src) {
        List<Token> ts = Lexer.lex(new SourceFile("demo.rs", src)).value();
        assertThat(ts).hasSize(2);
        return LiteralDecoder.decode(ts.get(0), diags);
    }

    private Literal ok(String src) {
        Literal l = decode(src);
        assertThat(diags.all()).as(src).isEmpty();
        return l;
    }

    private List<String> messages() {
        return diags.all().stream().map(d -> d.message()).collect(Collectors.toList());
    }

    @Test
    void integers() {
        assertThat(ok("1_000")).isEqualTo(new Literal.Int(BigInteger.valueOf(1000), Optional.empty()));
        assertThat(ok("0xFFu8")).isEqualTo(new Literal.Int(BigInteger.valueOf(255), Optional.of("u8")));
        assertThat(ok("0x1f32")).isEqualTo(new Literal.Int(BigInteger.valueOf(0x1f32), Optional.empty()));
        assertThat(ok("0o17")).isEqualTo(new Literal.Int(BigInteger.valueOf(15), Optional.empty()));
        assertThat(ok("0b1010_1010i128")).isEqualTo(new Literal.Int(BigInteger.valueOf(170), Optional.of("i128")));
        assertThat(ok("340282366920938463463374607431768211455u128"))
                .isEqualTo(new Literal.Int(new BigInteger("340282366920938463463374607431768211455"), Optional.of("u128")));
    }

    @Test
    void floats() {
        assertThat(ok("1.5E-3f32")).isEqualTo(new Literal.Float("1.5E-3", Optional.of("f32")));
        assertThat(ok("2.")).isEqualTo(new Literal.Float("2.", Optional.empty()));
        assertThat(ok("1_0.2_5")).isEqualTo(new Literal.Float("10.25", Optional.empty()));
        assertThat(ok("1f64")).isEqualTo(new Literal.Float("1", Optional.of("f64")));
        assertThat(ok("1e10")).isEqualTo(new Literal.Float("1e10", Optional.empty()));
    }

    @Test
    void stringsAndEscapes() {
        assertThat(ok("\"a\\n\\t\\r\\\\\\0\\\"\\'\\x41\\u{1F980}\"")).isEqualTo(
                new Literal.Str("a\n\t\r\\\0\"'A\uD83E\uDD80", false));
        assertThat(ok("\"line \\\n     continued\"")).isEqualTo(new Literal.Str("line continued", false));
        assertThat(ok("r##\"a \"# b\"##")).isEqualTo(new Literal.Str("a \"# b", true));
        assertThat(ok("'\\u{1F980}'")).isEqualTo(new Literal.Char(0x1F980));
        assertThat(ok("'\\''")).isEqualTo(new Literal.Char('\''));
        assertThat(ok("b'\\xff'")).isEqualTo(new Literal.Byte(255));
    }

    @Test
    void byteAndCStrings() {
        Literal.ByteStr bs = (Literal.ByteStr) ok("b\"a\\xff\\n\"");
        assertThat(bs.value()).containsExactly('a', 0xff, '\n');
        Literal.ByteStr raw = (Literal.ByteStr) ok("br#\"\\x\"#");
        assertThat(raw.value()).containsExactly('\\', 'x');
        assertThat(raw.raw()).isTrue();
        Literal.CStr cs = (Literal.CStr) ok("c\"\\xff\\u{e9}\"");
        assertThat(cs.value()).containsExactly(0xff, 0xc3, 0xa9);
        Literal.CStr rcs = (Literal.CStr) ok("cr\"é\"");
        assertThat(rcs.value()).isEqualTo("é".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void booleans() {
        assertThat(ok("true")).isEqualTo(new Literal.Bool(true));
        assertThat(ok("false")).isEqualTo(new Literal.Bool(false));
    }

    @Test
    void errorsUseRustcWording() {
        decode("\"\\q\"");
        decode("0b102");
        decode("1foo");
        decode("'\\x80'");
        decode("b\"\\u{41}\"");
        decode("\"x\"suffix");
        decode("c\"\\0\"");
        assertThat(messages()).containsExactly("unknown character escape: `q`", "invalid digit for a base 2 literal",
                "invalid suffix `foo` for number literal", "out of range hex escape", "unicode escape in byte string",
                "suffixes on string literals are invalid", "null characters in C string literals are not supported");
    }

    @Test
    void escapeErrorSpansPointIntoTheLiteral() {
        decode("\"ab\\q\"");
        assertThat(diags.all().get(0).span().start()).isEqualTo(4);
    }
}
