package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayoutOptionsTest {
    @Test
    void acceptsSeparateAndInlineValuesInAnyOrder() throws UsageException {
        LayoutOptions o = LayoutOptions.parse(List.of("--type", "Option<u8>", "a.rs", "-t", "u8", "--type=(u8, u32)",
                "--target=i686-unknown-linux-gnu", "-f", "json"));
        assertThat(o.file()).contains("a.rs");
        assertThat(o.types()).containsExactly("Option<u8>", "u8", "(u8, u32)");
        assertThat(o.target()).isEqualTo("i686-unknown-linux-gnu");
        assertThat(o.format()).isEqualTo(Format.JSON);
        assertThat(o.help()).isFalse();
    }

    @Test
    void defaultsAndDoubleDash() throws UsageException {
        LayoutOptions o = LayoutOptions.parse(List.of("--", "--weird-name.rs"));
        assertThat(o.file()).contains("--weird-name.rs");
        assertThat(o.target()).isEqualTo("x86_64-unknown-linux-gnu");
        assertThat(o.format()).isEqualTo(Format.TABLE);
        assertThat(LayoutOptions.parse(List.of()).file()).isEqualTo(Optional.empty());
    }

    @Test
    void missingValuesAreUsageErrors() {
        assertThatThrownBy(() -> LayoutOptions.parse(List.of("--type"))).isInstanceOf(UsageException.class)
                .hasMessage("a value is required for '--type <TYPE>' but none was supplied");
        assertThatThrownBy(() -> LayoutOptions.parse(List.of("a.rs", "--target"))).isInstanceOf(UsageException.class)
                .hasMessage("a value is required for '--target <TRIPLE>' but none was supplied");
    }
}
