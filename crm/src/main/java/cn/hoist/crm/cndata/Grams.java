package cn.hoist.crm.cndata;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The n-character pieces of a text, for finding fragments by index equality on both H2 and
 * PostgreSQL (a {@code LIKE '%x%'} scan does not stay fast at a million rows, and pg_trgm does not
 * exist on H2).
 */
public final class Grams {

    private Grams() {
    }

    /** The distinct pieces of length {@code n}, lower-cased; a shorter text is its own single piece. */
    public static Set<String> of(String text, int n) {
        Set<String> grams = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return grams;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.codePointCount(0, value.length()) <= n) {
            grams.add(value);
            return grams;
        }
        int[] points = value.codePoints().toArray();
        for (int i = 0; i + n <= points.length; i++) {
            grams.add(new String(points, i, n));
        }
        return grams;
    }
}
