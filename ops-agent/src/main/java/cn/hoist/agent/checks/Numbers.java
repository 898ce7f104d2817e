package cn.hoist.agent.checks;

import java.util.Locale;

/** Numbers as people read them in messages: no trailing ".0", at most one decimal. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
