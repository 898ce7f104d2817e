package cn.hoist.agent.backup.transfer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory on a local or mounted disk (the local backup directory, a NAS share). An upload is copied to a
 * temporary name, forced to disk, renamed atomically over the final name, and the directory entry forced too, so
 * that after a crash or power loss the file is either whole or not there.
 */
public final class LocalDirectoryTarget implements TransferTarget {

    private final Path directory;

    /** The directory is created when missing. */
    public LocalDirectoryTarget(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    @Override
    public void put(Path source, String name) {
        Path target = directory.resolve(Names.checked(name));
        Path temporary = directory.resolve(Names.temporary(name));
        try {
            Files.createDirectories(directory);
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
            force(temporary);
            long expected = Files.size(source);
            long written = Files.size(temporary);
            if (written != expected) {
                throw new TransferException("copying " + source + " to " + describe() + " wrote " + written
                        + " bytes, not " + expected);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory();
        } catch (IOException e) {
            throw new TransferException("cannot copy " + source + " to " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public void get(String name, Path destination) {
        Path source = directory.resolve(Names.checked(name));
        Path temporary = destination.resolveSibling(Names.temporary(destination.getFileName().toString()));
        try {
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new TransferException("cannot copy " + source + " to " + destination + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public List<RemoteFile> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<RemoteFile> out = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (Names.listed(name) && Files.isRegularFile(f)) {
                    out.add(new RemoteFile(name, Files.size(f)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new TransferException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String name) {
        Path file = directory.resolve(Names.checked(name));
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new TransferException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private void forceDirectory() {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a directory; NTFS journals the rename itself.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a left-over temporary name is never listed; the next upload picks a new one
        }
    }
}
