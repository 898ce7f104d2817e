package cn.hoist.crm.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.hoist.platform.HoistProperties;

/**
 * Replaces the data key: every encrypted value and blind index is rewritten under a new key in one
 * transaction, together with the database's record of the key, so the database is wholly under the
 * old key or wholly under the new one. The new key is written to {@code data.key.next} before the
 * data changes; after the commit it replaces {@code data.key} and the old key is kept as
 * {@code data.key.retired-<fingerprint>} for the backups taken under it. A rotation cut off between
 * the commit and that swap is finished by the next start ({@link DataKeyCheck}). With the key in
 * {@code HOIST_CRM_DATA_KEY} the new key stays in {@code data.key.next} for the operator to move there.
 */
public class DataKeyRotation {

    private final PersonalData current;
    private final List<EncryptedColumns> columns;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean configured;
    private final Path secretsDir;

    DataKeyRotation(PersonalData current, List<EncryptedColumns> columns, JdbcClient jdbc,
            PlatformTransactionManager transactions, PrivacyProperties properties, HoistProperties hoist) {
        this.current = current;
        this.columns = columns;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.configured = DataKeys.isSet(properties.dataKey());
        this.secretsDir = PersonalData.secretsDir(hoist);
    }

    /**
     * What a rotation did.
     *
     * @param retiredFingerprint the old key's fingerprint
     * @param fingerprint the new key's fingerprint
     * @param keyFile where the new key is: {@code data.key}, or {@code data.key.next} when the key is configured
     * @param retiredKeyFile where the old key is kept; null when it was configured (the operator has it)
     */
    public record Result(String retiredFingerprint, String fingerprint, Path keyFile, Path retiredKeyFile) {

        /** Whether the new key still has to be put into {@code HOIST_CRM_DATA_KEY} by hand. */
        public boolean configureByHand() {
            return retiredKeyFile == null;
        }
    }

    /**
     * Rotates to {@code newKey} (Base64 of 32 bytes in a file), or to a new random key when null.
     *
     * @throws IllegalArgumentException when the new key is unusable or the one in use
     */
    public Result rotate(Path newKey, EncryptedColumns.Progress progress) {
        byte[] master;
        try {
            master = newKey == null ? DataKeys.generate() : DataKeys.read(newKey);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        DataKeys next = DataKeys.of(master);
        String old = current.keyFingerprint();
        if (next.fingerprint().equals(old)) {
            throw new IllegalArgumentException("The new key is the key in use (fingerprint " + old + ")");
        }
        Path nextFile = secretsDir.resolve(DataKeys.NEXT_FILE);
        DataKeys.write(nextFile, master);
        PersonalData to = new PersonalData(next);
        try {
            transaction.executeWithoutResult(status -> {
                // first, so a second rotation started meanwhile waits for this one and then finds the key changed
                int recorded = jdbc.sql("update data_key set fingerprint = ?, since = ? where id = 1 and fingerprint = ?")
                        .params(next.fingerprint(), OffsetDateTime.now(ZoneOffset.UTC), old).update();
                if (recorded != 1) {
                    throw new IllegalStateException("The database's data key changed while this rotation started; "
                            + "is another rotation running? Nothing was changed.");
                }
                columns.forEach(c -> c.rekey(current, to, progress));
            });
        } catch (RuntimeException e) {
            IllegalStateException failed = new IllegalStateException("The rotation failed and changed nothing; "
                    + "the key is still " + old + ": " + e.getMessage(), e);
            deleteQuietly(nextFile, failed);
            throw failed;
        }
        if (configured) {
            return new Result(old, next.fingerprint(), nextFile, null);
        }
        try {
            Path retired = DataKeys.promote(secretsDir, old);
            return new Result(old, next.fingerprint(), secretsDir.resolve(DataKeys.FILE), retired);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The data is now under the new key " + next.fingerprint() + ", in "
                    + nextFile + ", but it could not replace " + DataKeys.FILE + " (" + e.getMessage()
                    + "); the CRM's next start finishes this", e);
        }
    }

    private static void deleteQuietly(Path file, RuntimeException failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
