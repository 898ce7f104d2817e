package cn.hoist.console.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.networknt.schema.regex.RegularExpression;

/** Remembering matches changes no verdict, the first time or any later one, below or past the limit. */
class RememberedMatchesTests {

    @Test
    void sameVerdictsAsThePatternEveryTime() {
        RegularExpression name = new RememberedMatches().getRegularExpression("^[a-z_][a-z0-9_]{0,99}$");
        for (int round = 0; round < 2; round++) {
            assertThat(name.matches("snmp_if_in_bits_per_second")).isTrue();
            assertThat(name.matches("Snmp")).isFalse();
            assertThat(name.matches("x".repeat(101))).isFalse();
            assertThat(name.matches("")).isFalse();
        }
        // unanchored, as JSON Schema's patterns are
        assertThat(new RememberedMatches().getRegularExpression("b+").matches("abba")).isTrue();
    }

    @Test
    void pastTheLimitNamesAreStillMatched() {
        RegularExpression name = new RememberedMatches().getRegularExpression("^d[0-9]+$");
        assertThat(IntStream.range(0, RememberedMatches.LIMIT + 10).allMatch(i -> name.matches("d" + i))).isTrue();
        assertThat(name.matches("d" + RememberedMatches.LIMIT + "x")).isFalse();
    }
}
