package cn.hoist.crm.privacy;

import java.util.Optional;

/**
 * Where a module stores values encrypted by {@link PersonalData}, told to this module so that a data
 * key can be tried against what is stored and the data re-encrypted under a new key. Every module
 * that stores personal data implements it as a bean.
 */
public interface EncryptedColumns {

    /** Any one stored value, to try a key on; empty when nothing is stored yet. */
    Optional<Stored> anyValue();

    /**
     * Re-encrypts every stored value under {@code to} and recomputes the blind indexes beside it.
     * Runs inside the rotation's transaction: a failure anywhere leaves every row as it was.
     */
    void rekey(PersonalData from, PersonalData to, Progress progress);

    /** A stored (encrypted) value and its kind. */
    record Stored(PersonalField field, String value) {
    }

    /** What a rotation reports while it works. */
    interface Progress {

        /** Starts a table of {@code rows} rows to re-encrypt. */
        void table(String name, long rows);

        /** {@code rows} more rows of the current table are done. */
        void done(long rows);
    }
}
