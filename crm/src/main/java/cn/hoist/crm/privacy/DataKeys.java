package cn.hoist.crm.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.hoist.platform.secrets.OwnerOnlyFiles;

/**
 * The two keys derived from the one data key: one encrypts, the other computes blind indexes, so
 * neither use weakens the other. The data key itself comes from configuration or an owner-only
 * file, never from the database; without it the encrypted columns are unreadable, which is why
 * the first start asks loudly for it to be backed up on its own. The fingerprint, a third derived
 * value, tells keys apart where that matters (the database records the one its data is encrypted
 * under; a retired key's file name carries it) and reveals nothing of the key.
 */
record DataKeys(SecretKeySpec encryption, SecretKeySpec index, String fingerprint) {

    private static final Logger log = LoggerFactory.getLogger(DataKeys.class);
    static final int KEY_BYTES = 32;
    /** The key file in the secrets directory, used when no key is configured. */
    static final String FILE = "data.key";
    /** A rotation's new key, until the data is re-encrypted under it and it becomes {@link #FILE}. */
    static final String NEXT_FILE = "data.key.next";
    /** The start of a retired key's file name; its fingerprint follows. */
    static final String RETIRED_PREFIX = "data.key.retired-";

    /** The configured key, else the key file in {@code secretsDir}, created on first start. */
    static DataKeys load(String configured, Path secretsDir) {
        return of(isSet(configured) ? decode(configured.strip(), "hoist.crm.data-key")
                : fromFile(secretsDir.resolve(FILE)));
    }

    static boolean isSet(String configured) {
        return configured != null && !configured.isBlank();
    }

    static DataKeys of(byte[] master) {
        String hex = HexFormat.of().formatHex(derive(master, "hoist-crm key fingerprint v1"), 0, 6);
        return new DataKeys(new SecretKeySpec(derive(master, "hoist-crm encryption v1"), "AES"),
                new SecretKeySpec(derive(master, "hoist-crm blind index v1"), "HmacSHA256"),
                hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8));
    }

    /** The key in a file (Base64 of 32 bytes, as written by {@link #write}). */
    static byte[] read(Path file) {
        return decode(OwnerOnlyFiles.read(file).strip(), file.toString());
    }

    static byte[] generate() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** Writes a key to an owner-only file in an owner-only directory, replacing the file atomically. */
    static void write(Path file, byte[] master) {
        try {
            OwnerOnlyFiles.createPrivateDirectory(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file.getParent(), e);
        }
        OwnerOnlyFiles.write(file, Base64.getEncoder().encodeToString(master) + "\n");
    }

    /**
     * Makes a rotation's next key the key: keeps the key file as {@code data.key.retired-<fingerprint>}
     * (older backups need it), then moves the next key over it, so {@link #FILE} exists throughout.
     *
     * @return where the retired key is
     */
    static Path promote(Path secretsDir, String retiredFingerprint) {
        Path file = secretsDir.resolve(FILE);
        Path retired = secretsDir.resolve(RETIRED_PREFIX + retiredFingerprint);
        write(retired, read(file));
        try {
            Files.move(secretsDir.resolve(NEXT_FILE), file, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the new data key into " + file, e);
        }
        return retired;
    }

    private static byte[] fromFile(Path file) {
        if (Files.exists(file)) {
            return read(file);
        }
        byte[] key = generate();
        write(file, key);
        log.warn("""

                ************************************************************************
                 A new data key for customers' personal data was written to
                     {}
                 Back this file up NOW, separately from the database backups.
                 Without it the encrypted mobile numbers, ID numbers and addresses in
                 every backup are lost for good. Or set HOIST_CRM_DATA_KEY instead.
                ************************************************************************""", file);
        return key;
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The data key in " + source + " is not Base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The data key in " + source + " must be " + KEY_BYTES
                    + " bytes (Base64 of 32 random bytes, e.g. `openssl rand -base64 32`), not " + key.length);
        }
        return key;
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
