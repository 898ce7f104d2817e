package cn.hoist.crm.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import cn.hoist.platform.HoistProperties;

/**
 * Encrypts personal data for storage (AES-256-GCM, a fresh 96-bit IV per value, the field kind as
 * associated data) and computes keyed blind indexes (HMAC-SHA256) so that an exact value can be
 * found and deduplicated without ever being stored in clear.
 */
@Component
public class PersonalData {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** 128 bits of the HMAC: collisions stay negligible at any shop's scale, the index stays small. */
    private static final int INDEX_BYTES = 16;

    private final DataKeys keys;
    private final SecureRandom random = new SecureRandom();
    /** Looking a cipher up costs more than using it; each thread keeps its own (they are not thread-safe). */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalData::newCipher);
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /** The configured key, once {@link DataKeyCheck} found that it is the one this database's data is under. */
    @Autowired
    PersonalData(PrivacyProperties properties, HoistProperties hoist, DataKeyCheck check) {
        this(check.verified(properties.dataKey(), secretsDir(hoist)));
    }

    PersonalData(DataKeys keys) {
        this.keys = keys;
    }

    static Path secretsDir(HoistProperties hoist) {
        return hoist.dataDir().resolve("secrets");
    }

    /** Names the data key without revealing it, e.g. {@code 3f9a-12c4-7be0}. */
    public String keyFingerprint() {
        return keys.fingerprint();
    }

    /** The value encrypted for storage; null stays null. */
    public String encrypt(PersonalField field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.encryption(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(field));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt " + field, e);
        }
    }

    /** The stored value decrypted; fails when it was tampered with or encrypted under another key. */
    public String decrypt(PersonalField field, String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown format of an encrypted " + field);
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw damaged(field, e);
        }
        if (data.length < IV_BYTES + TAG_BITS / 8) {
            throw damaged(field, null);
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, keys.encryption(), new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(aad(field));
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw damaged(field, e);
        }
    }

    private static IllegalStateException damaged(PersonalField field, Exception cause) {
        return new IllegalStateException("Cannot decrypt a " + field + ": wrong data key or damaged value", cause);
    }

    /** The keyed blind index of a normalised value; null stays null. */
    public String blindIndex(PersonalField field, String normalized) {
        if (normalized == null) {
            return null;
        }
        Mac mac = macs.get();
        mac.update(aad(field));
        mac.update((byte) 0);
        byte[] digest = mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, INDEX_BYTES));
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.index());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] aad(PersonalField field) {
        return field.name().getBytes(StandardCharsets.US_ASCII);
    }
}
