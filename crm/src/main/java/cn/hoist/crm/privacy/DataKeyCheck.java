package cn.hoist.crm.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes sure the CRM only runs with the key its database's personal data is encrypted under. The
 * database records that key's fingerprint (table {@code data_key}); a start with another key stops
 * with a message saying which key is needed, instead of pages failing on every customer later or,
 * worse, new data written under a second key. A database from before the fingerprint is checked by
 * decrypting a stored value. A rotation cut off after its commit is finished here.
 */
@Component
class DataKeyCheck {

    private static final Logger log = LoggerFactory.getLogger(DataKeyCheck.class);
    static final String DOCS = "see docs/crm-configuration.md, \"The data key\"";

    private final JdbcClient jdbc;
    private final List<EncryptedColumns> columns;

    DataKeyCheck(JdbcClient jdbc, List<EncryptedColumns> columns) {
        this.jdbc = jdbc;
        this.columns = columns;
    }

    /** The keys to run with: the configured key, or the key file; refuses any key that is not the database's. */
    DataKeys verified(String configured, Path secretsDir) {
        Optional<String> recorded = recorded();
        // a stored value to try the key on, needed only where no fingerprint was recorded yet
        Optional<EncryptedColumns.Stored> stored = recorded.isEmpty() ? anyStored() : Optional.empty();
        Path file = secretsDir.resolve(DataKeys.FILE);
        boolean fromFile = !DataKeys.isSet(configured);
        if (fromFile && !Files.exists(file) && (recorded.isPresent() || stored.isPresent())) {
            throw new IllegalStateException("The data key file " + file + " is missing, but this database holds "
                    + "personal data encrypted under a key" + recorded.map(f -> " (fingerprint " + f + ")").orElse("")
                    + ". Put the key back from its backup, or set HOIST_CRM_DATA_KEY; a new key would open none of it ("
                    + DOCS + ").");
        }
        DataKeys keys = DataKeys.load(configured, secretsDir);
        if (recorded.isEmpty()) {
            stored.ifPresent(value -> opens(keys, value, configured, file));
            record(keys.fingerprint());
            return keys;
        }
        String expected = recorded.get();
        if (expected.equals(keys.fingerprint())) {
            return keys;
        }
        Path next = secretsDir.resolve(DataKeys.NEXT_FILE);
        if (Files.exists(next)) {
            DataKeys nextKeys = DataKeys.of(DataKeys.read(next));
            if (expected.equals(nextKeys.fingerprint())) {
                if (!fromFile) {
                    throw new IllegalStateException("The personal data was re-encrypted under a new key (fingerprint "
                            + expected + ", in " + next + "), but HOIST_CRM_DATA_KEY (hoist.crm.data-key) still holds "
                            + "the old one (" + keys.fingerprint() + "). Set it to the key in that file, then delete "
                            + "the file.");
                }
                Path retired = DataKeys.promote(secretsDir, keys.fingerprint());
                log.warn("Finished an interrupted data key rotation: the key is now {} (fingerprint {}); the old key "
                        + "was kept as {} for the backups taken before the rotation.", file, expected, retired);
                return nextKeys;
            }
        }
        throw new IllegalStateException(mismatch(keys.fingerprint(), expected, configured, file));
    }

    private Optional<String> recorded() {
        return jdbc.sql("select fingerprint from data_key where id = 1").query(String.class).optional();
    }

    private Optional<EncryptedColumns.Stored> anyStored() {
        return columns.stream().flatMap(c -> c.anyValue().stream()).findFirst();
    }

    private static void opens(DataKeys keys, EncryptedColumns.Stored stored, String configured, Path file) {
        try {
            new PersonalData(keys).decrypt(stored.field(), stored.value());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(mismatch(keys.fingerprint(), null, configured, file), e);
        }
    }

    private void record(String fingerprint) {
        try {
            jdbc.sql("insert into data_key (id, fingerprint, since) values (1, ?, ?)")
                    .params(fingerprint, OffsetDateTime.now(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException raced) {
            // another CRM on the same database recorded its key first: it must be the same key
            String other = recorded().orElseThrow();
            if (!other.equals(fingerprint)) {
                throw new IllegalStateException("Another CRM on this database started with another data key ("
                        + other + ", this one " + fingerprint + "); every CRM on one database needs the same key", raced);
            }
        }
    }

    static String mismatch(String actual, String expected, String configured, Path file) {
        Path retired = file.resolveSibling(DataKeys.RETIRED_PREFIX + expected);
        return "The data key " + (DataKeys.isSet(configured) ? "in HOIST_CRM_DATA_KEY (hoist.crm.data-key)" : "in " + file)
                + " (fingerprint " + actual + ") is not the key this database's personal data is encrypted under"
                + (expected == null ? "" : " (fingerprint " + expected + ")") + ". Start with that key: after restoring "
                + "a database backup, the key in use when the backup was taken"
                + (expected != null && Files.exists(retired) ? "; it is kept as " + retired
                        : "; a rotation keeps retired keys as " + file.resolveSibling(DataKeys.RETIRED_PREFIX + "<fingerprint>"))
                + " (" + DOCS + ").";
    }
}
