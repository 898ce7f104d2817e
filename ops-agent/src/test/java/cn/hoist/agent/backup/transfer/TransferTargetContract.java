package cn.hoist.agent.backup.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link TransferTarget} does, whatever it is; each kind of target runs these against a real one. */
abstract class TransferTargetContract {

    @TempDir
    Path local;

    abstract TransferTarget target();

    @Test
    void uploadsListsDownloadsTheSameBytesAndDeletes() throws Exception {
        Path original = file("crm-20261203T0230.h2.zip", 1_500_000, 1);
        target().put(original, "crm-20261203T0230.h2.zip");
        assertThat(target().list()).containsExactly(new RemoteFile("crm-20261203T0230.h2.zip", 1_500_000));

        Path back = local.resolve("back.zip");
        target().get("crm-20261203T0230.h2.zip", back);
        assertThat(sha256(back)).isEqualTo(sha256(original));

        target().delete("crm-20261203T0230.h2.zip");
        assertThat(target().list()).isEmpty();
        target().delete("crm-20261203T0230.h2.zip");
    }

    @Test
    void anUploadReplacesAFileOfTheSameName() throws Exception {
        target().put(file("a", 1000, 1), "manifest.json");
        Path newer = file("b", 2000, 2);
        target().put(newer, "manifest.json");
        assertThat(target().list()).containsExactly(new RemoteFile("manifest.json", 2000));
        Path back = local.resolve("back");
        target().get("manifest.json", back);
        assertThat(sha256(back)).isEqualTo(sha256(newer));
    }

    @Test
    void aMissingFileOrABadNameFailsClearly() throws Exception {
        Path back = local.resolve("never");
        assertThatThrownBy(() -> target().get("no-such-backup.zip", back)).isInstanceOf(TransferException.class)
                .hasMessageContaining("no-such-backup.zip");
        assertThat(back).doesNotExist();
        assertThatThrownBy(() -> target().put(file("x", 10, 3), "../escape")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("not a valid backup file name");
        assertThatThrownBy(() -> target().put(file("y", 10, 3), ".hidden")).isInstanceOf(
                IllegalArgumentException.class);
    }

    Path file(String name, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(local.resolve("src-" + name), bytes);
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
