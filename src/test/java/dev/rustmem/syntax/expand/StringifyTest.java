package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code stringify!} against what rustc 1.95 printed for the same invocations. */
class StringifyTest {
    private static final String MACROS = """
            macro_rules! t { ($t:ty) => { stringify!($t) } }
            macro_rules! e { ($e:expr) => { stringify!($e) } }
            macro_rules! w { ($($t:tt)*) => { stringify!($($t)*) } }
            macro_rules! mixed { ($t:ty, $n:ident) => { stringify!(Vec<$t> $n [1, 2]) } }
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            stringify!(HashMap<String, String>)                                | HashMap<String, String>
            stringify!(&[u8])                                                  | &[u8]
            stringify!(Box<u8>)                                                | Box<u8>
            stringify!(& [ u8 ])                                               | & [u8]
            stringify!(a+b * c)                                                | a+b * c
            stringify!(f (x) , y ;)                                            | f(x), y;
            stringify!(x . y ( ) . 0)                                          | x.y().0
            stringify!(if a { b } else { c })                                  | if a { b } else { c }
            stringify!(fn ( u8 ) -> u16)                                       | fn(u8) -> u16
            stringify!(# [ derive ( Debug ) ] pub ( crate ) struct S { a : u8 , }) | #[derive(Debug)] pub(crate) struct S { a : u8, }
            stringify!(let (a, b) = (1, 2);)                                   | let (a, b) = (1, 2);
            stringify!(r#type + 1_000u32 - 2.5e3)                              | r#type + 1_000u32 - 2.5e3
            stringify!(a /* c */ b)                                            | a b
            stringify!()                                                       | ""
            t!(Vec< u8 >)                                                      | Vec< u8 >
            t!(&'a mut [u8;4])                                                 | &'a mut [u8;4]
            e!(1+1)                                                            | 1+1
            w!(a+b  c)                                                         | a+b c
            mixed!(u8, name)                                                   | Vec < u8 > name [1, 2]
            stringify!(match x { Some(v) => v, None => 0 })                    | match x { Some(v) => v, None => 0 }
            stringify!(x as u8, -1, !b, *p, &mut q)                            | x as u8, -1, !b, *p, &mut q
            """)
    void matchesRustc(String call, String expected) {
        ExpandFixture f = ExpandFixture.of(MACROS + "fn main() { let s = " + call + "; }\n");
        assertThat(f.errors()).isEmpty();
        assertThat(f.render()).contains("let s = " + AstText.quote(expected) + ";");
    }
}
