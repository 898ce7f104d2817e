package cn.hoist.crm.cndata;

import java.util.regex.Pattern;

/** Resident identity card numbers (GB 11643-1999): 18 characters, the last a check character. */
public final class IdNumbers {

    private static final Pattern FORMAT = Pattern.compile("[1-9]\\d{16}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";

    private IdNumbers() {
    }

    public static String normalize(String raw) {
        return Text.compactUpper(raw);
    }

    public static boolean isValid(String normalized) {
        return normalized != null && FORMAT.matcher(normalized).matches()
                && normalized.charAt(17) == checkCharacter(normalized);
    }

    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECKS.charAt(sum % 11);
    }
}
