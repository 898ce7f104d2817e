package cn.hoist.agent.backup.transfer;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** File names on targets: what a caller may use, and the temporary names uploads go to first. */
final class Names {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Names() {
    }

    static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid backup file name (1-200 letters, digits, "
                    + "'.', '_' or '-', not starting with '.')");
        }
        return name;
    }

    /** A hidden name of its own for an upload under way; never listed, never taken for a finished file. */
    static String temporary(String name) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return "." + name + "." + HexFormat.of().formatHex(random) + ".part";
    }

    static boolean listed(String name) {
        return !name.startsWith(".");
    }
}
