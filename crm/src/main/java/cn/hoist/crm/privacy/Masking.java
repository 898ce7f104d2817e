package cn.hoist.crm.privacy;

/** How personal data is shown to someone who has not revealed it. */
public final class Masking {

    private Masking() {
    }

    /** {@code +8613812345678} → {@code 138****5678}. */
    public static String mobile(String e164) {
        if (e164 == null) {
            return null;
        }
        String national = e164.startsWith("+86") ? e164.substring(3) : e164;
        return national.length() < 7 ? "****" : national.substring(0, 3) + "****" + national.substring(national.length() - 4);
    }

    /** First three and last four characters: {@code 110***********123X}. */
    public static String idNumber(String number) {
        if (number == null) {
            return null;
        }
        return number.length() < 8 ? "****" : number.substring(0, 3) + "*".repeat(number.length() - 7)
                + number.substring(number.length() - 4);
    }

    /** Province and city stay readable, the street and number do not. */
    public static String address(String address) {
        if (address == null) {
            return null;
        }
        int keep = Math.min(6, address.length() / 2);
        return address.substring(0, keep) + "****";
    }
}
