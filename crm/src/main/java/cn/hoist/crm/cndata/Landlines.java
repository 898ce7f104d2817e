package cn.hoist.crm.cndata;

import java.util.regex.Pattern;

/** Landline numbers: free-form (area code, extension), but only digits and the usual separators. */
public final class Landlines {

    private static final Pattern ALLOWED = Pattern.compile("[0-9+()\\- ]{7,40}");

    private Landlines() {
    }

    public static boolean isValid(String raw) {
        if (raw == null || !ALLOWED.matcher(raw).matches()) {
            return false;
        }
        long digits = raw.chars().filter(Character::isDigit).count();
        return digits >= 7 && digits <= 20;
    }
}
