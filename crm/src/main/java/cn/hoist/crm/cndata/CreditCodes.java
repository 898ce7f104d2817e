package cn.hoist.crm.cndata;

/** Unified social credit codes of companies (GB 32100-2015): 18 characters, the last a check character. */
public final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    public static String normalize(String raw) {
        return Text.compactUpper(raw);
    }

    public static boolean isValid(String normalized) {
        if (normalized == null || normalized.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(normalized.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return normalized.charAt(17) == ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The check character for the first 17 characters (for generating test and demo data). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
