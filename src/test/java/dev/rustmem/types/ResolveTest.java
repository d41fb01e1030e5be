package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResolveTest {
    @Test
    void tinyStdParsesCleanly() {
        assertThat(Fixture.TINY_STD).hasSize(3);
        Fixture.TINY_STD.forEach(c -> assertThat(c.parseDiagnostics().all()).as(c.name()).isEmpty());
    }

    @Test
    void preludeAndExternPrelude() {
        Fixture.Loaded l = Fixture.ok("struct S;");
        assertThat(l.print("Vec<u8>")).isEqualTo("alloc::vec::Vec<u8>");
        assertThat(l.print("Option<String>")).isEqualTo("core::option::Option<alloc::string::String>");
        assertThat(l.print("std::collections::HashMap<u8, S>")).isEqualTo(
                "std::collections::hash_map::HashMap<u8, S>");
        assertThat(l.print("::core::option::Option<u8>")).isEqualTo("core::option::Option<u8>");
        assertThat(l.print("alloc::vec::Vec<u8, alloc::alloc::Global>")).isEqualTo("alloc::vec::Vec<u8>");
    }

    @Test
    void defaultsAreFilledIn() {
        Fixture.Loaded l = Fixture.ok("");
        Ty.Adt v = (Ty.Adt) l.type("Vec<u8>");
        assertThat(v.args()).hasSize(2);
        assertThat(new TyPrinter().print(v)).isEqualTo("alloc::vec::Vec<u8, alloc::alloc::Global>");
    }
}
