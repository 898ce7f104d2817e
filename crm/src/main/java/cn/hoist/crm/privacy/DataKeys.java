package cn.hoist.crm.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.hoist.platform.secrets.OwnerOnlyFiles;

/**
 * The two keys derived from the one data key: one encrypts, the other computes blind indexes, so
 * neither use weakens the other. The data key itself comes from configuration or an owner-only
 * file, never from the database; without it the encrypted columns are unreadable, which is why
 * the first start asks loudly for it to be backed up on its own.
 */
record DataKeys(SecretKeySpec encryption, SecretKeySpec index) {

    private static final Logger log = LoggerFactory.getLogger(DataKeys.class);
    static final int KEY_BYTES = 32;

    static DataKeys load(String configured, Path secretsDir) {
        byte[] master = configured != null && !configured.isBlank() ? decode(configured.strip(), "hoist.crm.data-key")
                : fromFile(secretsDir.resolve("data.key"));
        return new DataKeys(new SecretKeySpec(derive(master, "hoist-crm encryption v1"), "AES"),
                new SecretKeySpec(derive(master, "hoist-crm blind index v1"), "HmacSHA256"));
    }

    private static byte[] fromFile(Path file) {
        if (Files.exists(file)) {
            return decode(OwnerOnlyFiles.read(file).strip(), file.toString());
        }
        try {
            OwnerOnlyFiles.createPrivateDirectory(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file.getParent(), e);
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        OwnerOnlyFiles.write(file, Base64.getEncoder().encodeToString(key) + "\n");
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
