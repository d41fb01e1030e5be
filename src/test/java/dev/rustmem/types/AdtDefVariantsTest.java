package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AdtDef#nextWithFields} visits exactly the variants with fields, across 64-variant words. */
class AdtDefVariantsTest {
    @Test
    void nextWithFieldsVisitsTheVariantsWithFields() {
        StringBuilder src = new StringBuilder("pub enum E {");
        List<Integer> expected = List.of(0, 5, 63, 64, 127, 128, 130);
        for (int v = 0; v <= 130; v++) {
            src.append(expected.contains(v) ? " V" + v + "(u8)," : " V" + v + ",");
        }
        src.append(" }\npub enum None_ { A, B }\npub struct Unit;\npub struct One(u8);\n");
        Fixture.Loaded l = Fixture.load(src.toString());
        assertThat(withFields(l, "E")).isEqualTo(expected);
        assertThat(withFields(l, "None_")).isEmpty();
        assertThat(withFields(l, "Unit")).isEmpty();
        assertThat(withFields(l, "One")).containsExactly(0);
        AdtDef e = ((Ty.Adt) l.type("E")).def();
        assertThat(e.nextWithFields(131)).isEqualTo(-1);
        assertThat(e.nextWithFields(1000)).isEqualTo(-1);
        for (int v = 0; v <= 130; v++) {
            assertThat(e.hasFields(v)).isEqualTo(expected.contains(v));
        }
    }

    private static List<Integer> withFields(Fixture.Loaded l, String name) {
        AdtDef def = ((Ty.Adt) l.type(name)).def();
        List<Integer> out = new ArrayList<>();
        for (int v = def.nextWithFields(0); v >= 0; v = def.nextWithFields(v + 1)) {
            out.add(v);
        }
        return out;
    }
}
