package cn.hoist.console.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportTimesTests {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T02:40:00Z", "2026-11-24T02:40:00.1Z", "2026-11-24T02:40:00.123Z",
            "2026-11-24T02:40:00.123456Z", "2026-11-24T02:40:00.123456789Z", "2026-11-24T10:40:00+08:00",
            "2026-11-24T10:40:00.5-05:30", "2024-02-29T23:59:59.999999999+14:00", "2026-11-24t02:40:00z",
            "2026-11-24T02:40Z", "2026-01-01T00:00:00-00:00", "2026-11-24T02:40:00.Z", "2026-11-24T02:40:00+08"})
    void readsEveryTimeAsTheFullParserDoes(String text) {
        OffsetDateTime expected = OffsetDateTime.parse(text);
        assertThat(ReportTimes.parse(text)).isEqualTo(expected);
        assertThat(ReportTimes.parse(text).getOffset()).isEqualTo(expected.getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T00:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T02:40:00.1234567890Z",
            "2026-11-24T02:40:00+19:00", "2026-11-24T02:40:00", "yesterday", "2026-11-24T02:4x:00Z"})
    void refusesWhatTheFullParserRefuses(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> ReportTimes.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
