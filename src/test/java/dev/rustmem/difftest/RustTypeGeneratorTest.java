package dev.rustmem.difftest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Generator properties that do not need rustc (validity is checked against rustc elsewhere). */
class RustTypeGeneratorTest {
    @Test
    void sameSeedSameFileAndHeaderRegenerates() {
        for (GenProfile p : GenProfile.all()) {
            RustTypeGenerator.GeneratedFile a = RustTypeGenerator.generate(42, 150, p);
            assertThat(RustTypeGenerator.generate(42, 150, p).source()).isEqualTo(a.source());
            assertThat(RustTypeGenerator.regenerate(a.source())).isEqualTo(a);
            assertThat(RustTypeGenerator.generate(43, 150, p).source()).isNotEqualTo(a.source());
        }
    }

    @Test
    void everyDefinitionIsProbedAndRequired() {
        RustTypeGenerator.GeneratedFile f = RustTypeGenerator.generate(7, 400, GenProfile.X86_64);
        String probes = f.source().substring(f.source().indexOf("pub fn __probe0("));
        for (String line : f.source().split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("^pub (struct|enum|union|type) ([SEUA][0-9]+)\\b").matcher(line);
            if (m.find()) {
                assertThat(probes).as(line).containsPattern("_: " + m.group(2) + "[,)]");
                if (!m.group(1).equals("type")) {
                    assertThat(f.requiredNames()).as(line).contains(m.group(2));
                }
            }
        }
    }

    @Test
    void coversTheShapesTheIssueAsksFor() {
        String s = RustTypeGenerator.generate(1, 2000, GenProfile.X86_64).source();
        assertThat(s).contains("#[repr(C)]", "#[repr(packed)]", "#[repr(packed(", "#[repr(align(", "#[repr(transparent)]",
                "#[repr(u8)]", "#[repr(i128)]", "#[repr(usize)]", "#[repr(C, u8)]", "pub union ", "std::mem::ManuallyDrop<",
                "std::convert::Infallible", "[u64; 0]", "u128", "char", "&'static str", "&'static [u16]",
                "&'static dyn Tr", "*const ", "fn(", "std::num::NonZero<", "String", "Vec<", "Box<[u8]>", "Box<dyn Tr>",
                "Option<Option<", "Result<", "std::rc::Rc<", "std::sync::Arc<", "std::cell::Cell<",
                "std::cell::RefCell<", "std::sync::Mutex<", "std::collections::HashMap<", "std::marker::PhantomData<",
                "std::time::Duration", "std::cmp::Ordering", "= -", " {}\n", "V256,", "?Sized", "[u8; 1099511627776]");
        assertThat(s).containsPattern("pub type G[0-9]+<T> = ").containsPattern("pub struct (S[0-9]+)\\b.*Box<\\1>")
                .containsPattern("pub enum (E[0-9]+)\\b.*Box<\\1>");
        String narrow = RustTypeGenerator.generate(1, 600, GenProfile.AVR).source();
        assertThat(narrow).contains("pub enum Opt<T>", "Opt<Opt<", "!", "#[repr(packed").doesNotContain("std::");
    }
}
