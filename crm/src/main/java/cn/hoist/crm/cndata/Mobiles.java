package cn.hoist.crm.cndata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mainland mobile numbers, stored as E.164 ({@code +8613812345678}). */
public final class Mobiles {

    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");

    private Mobiles() {
    }

    /** The number in E.164 form, or empty when it is not a mainland mobile number. */
    public static Optional<String> normalize(String raw) {
        String compact = Text.compactUpper(raw).replace("(", "").replace(")", "");
        if (compact.startsWith("0086")) {
            compact = compact.substring(2);
        }
        Matcher matcher = MOBILE.matcher(compact);
        return matcher.matches() ? Optional.of("+86" + matcher.group(1)) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return normalize(raw).isPresent();
    }

    /** The 11-digit national number of a normalised mobile. */
    public static String national(String e164) {
        return e164.startsWith("+86") ? e164.substring(3) : e164;
    }

    /** The last four digits, which staff use to find a customer. */
    public static String tail(String e164) {
        return e164.substring(e164.length() - 4);
    }
}
