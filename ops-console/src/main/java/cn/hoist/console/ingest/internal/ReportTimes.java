package cn.hoist.console.ingest.internal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads a report's time. Agents write RFC 3339 with a {@code Z} or numeric offset
 * ({@code 2026-11-24T02:40:00.123456Z}); that shape is read directly, every other one (lower-case letters, no
 * seconds, out-of-range fields) by {@link OffsetDateTime#parse}, which gives the same value or the same error.
 * {@code DateTimeFormatter} cost about 5 % of the console's ingest per result (docs/benchmarks.md).
 */
public final class ReportTimes {

    private ReportTimes() {
    }

    public static OffsetDateTime parse(String text) {
        OffsetDateTime quick = quick(text);
        return quick != null ? quick : OffsetDateTime.parse(text);
    }

    /** The common shape, or null to leave the string to the full parser. */
    private static OffsetDateTime quick(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count == 0 || i < n && Character.isDigit(s.charAt(i))) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(s, i);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String s, int i) {
        int n = s.length();
        if (n == i + 1 && s.charAt(i) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (n != i + 6 || s.charAt(i + 3) != ':' || s.charAt(i) != '+' && s.charAt(i) != '-') {
            return null;
        }
        int hours = digits(s, i + 1, i + 3);
        int minutes = digits(s, i + 4, i + 6);
        if ((hours | minutes) < 0) {
            return null;
        }
        try {
            return s.charAt(i) == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code s[from, to)}, or -1 if any character is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
