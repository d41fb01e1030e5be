package dev.rustmem.types.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.source.Span;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.GenericParamDef;
import dev.rustmem.types.Ty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parameter bindings behave as the map they replace: a repeated name keeps its last argument. */
class ParamMapTest {
    private static ParamInfo param(String name) {
        return new ParamInfo(new GenericParamDef(name, GenericParamDef.Kind.TYPE, Optional.empty(), Optional.empty(),
                false), Optional.empty(), Span.at(0));
    }

    @Test
    void actsLikeTheHashMapItReplaces() {
        List<ParamInfo> ps = List.of(param("T"), param("U"), param("T"));
        List<GenericArg> args = List.of(Ty.BOOL, Ty.CHAR, Ty.STR);
        Map<String, GenericArg> m = ParamMap.of(ps, args, 3);
        assertThat(m.get("T")).isEqualTo(Ty.STR);
        assertThat(m.get("U")).isEqualTo(Ty.CHAR);
        assertThat(m.get("V")).isNull();
        assertThat(m).hasSize(2).isEqualTo(Map.of("T", Ty.STR, "U", Ty.CHAR));
        assertThat(ParamMap.of(ps, args, 1)).isEqualTo(Map.of("T", Ty.BOOL));
        assertThat(ParamMap.of(ps, args, 0)).isEmpty();
    }
}
