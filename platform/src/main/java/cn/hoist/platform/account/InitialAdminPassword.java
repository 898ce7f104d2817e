package cn.hoist.platform.account;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Where the first admin password comes from: {@code HOIST_ADMIN_PASSWORD}, or a fresh random one.
 * There is no default password anywhere in Hoist.
 */
public final class InitialAdminPassword {

    public static final String ENVIRONMENT_VARIABLE = "HOIST_ADMIN_PASSWORD";

    /** No 0/O, 1/l/I: the password is read off a screen and typed by hand. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final int GENERATED_LENGTH = 20;
    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_BYTES = 72;

    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialAdminPassword() {
    }

    /** The configured password, if one is set; rejects one too short to be safe. */
    public static Optional<String> configured(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException(ENVIRONMENT_VARIABLE + " must be at least " + MINIMUM_LENGTH
                    + " characters long");
        }
        if (value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            throw new IllegalStateException(ENVIRONMENT_VARIABLE + " may be at most " + MAXIMUM_BYTES
                    + " bytes long (bcrypt uses no more)");
        }
        return Optional.of(value);
    }

    public static String generate() {
        return randomString(GENERATED_LENGTH);
    }

    public static String randomString(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
