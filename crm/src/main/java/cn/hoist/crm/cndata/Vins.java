package cn.hoist.crm.cndata;

import java.util.regex.Pattern;

/** Vehicle identification numbers (GB 16735 / ISO 3779): 17 characters with a check digit at position 9. */
public final class Vins {

    private static final Pattern FORMAT = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private Vins() {
    }

    public static String normalize(String raw) {
        return Text.compactUpper(raw);
    }

    /** 17 characters from the VIN alphabet (no I, O, Q). */
    public static boolean isWellFormed(String normalized) {
        return normalized != null && FORMAT.matcher(normalized).matches();
    }

    /** Well-formed and the check digit matches. */
    public static boolean isValid(String normalized) {
        return isWellFormed(normalized) && normalized.charAt(8) == checkDigit(normalized);
    }

    /** The check digit position 9 should hold for this VIN. */
    public static char checkDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(vin.charAt(i)) * WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> throw new IllegalArgumentException("Not a VIN character: " + c);
        };
    }
}
