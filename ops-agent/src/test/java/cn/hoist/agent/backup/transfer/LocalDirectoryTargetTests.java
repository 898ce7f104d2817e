package cn.hoist.agent.backup.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectoryTargetTests extends TransferTargetContract {

    @TempDir
    Path backups;

    @Override
    TransferTarget target() {
        return new LocalDirectoryTarget(backups.resolve("nas/hoist"));
    }

    @Test
    void temporaryFilesOfACutUploadAreNeverListedAndNothingIsLeftBehindOtherwise() throws Exception {
        target().put(file("whole", 100, 1), "whole.zip");
        Files.write(backups.resolve("nas/hoist/.half.zip.0011aabbccdd.part"), new byte[] {1, 2});
        assertThat(target().list()).extracting(RemoteFile::name).containsExactly("whole.zip");
        try (var files = Files.list(backups.resolve("nas/hoist"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("whole.zip",
                    ".half.zip.0011aabbccdd.part");
        }
    }
}
