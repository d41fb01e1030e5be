package dev.rustmem.syntax.ast;

import java.math.BigInteger;
import java.util.Optional;

/** A literal's value, decoded from its token (escapes resolved, underscores removed). */
public sealed interface Literal {
    /** @param suffix {@code u8}, {@code usize}, ... if written */
    record Int(BigInteger value, Optional<String> suffix) implements Literal {}

    /** @param text the digits as written, without underscores and suffix, e.g. {@code 1.5e3} */
    record Float(String text, Optional<String> suffix) implements Literal {}

    record Bool(boolean value) implements Literal {}

    /** A {@code char} literal; the Unicode scalar value. */
    record Char(int codePoint) implements Literal {}

    record Byte(int value) implements Literal {}

    /** A string literal (raw or not), escapes resolved. */
    record Str(String value, boolean raw) implements Literal {}

    record ByteStr(byte[] value, boolean raw) implements Literal {}

    record CStr(byte[] value, boolean raw) implements Literal {}
}
