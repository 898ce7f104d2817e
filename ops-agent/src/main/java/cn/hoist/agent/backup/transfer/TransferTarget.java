package cn.hoist.agent.backup.transfer;

import java.nio.file.Path;
import java.util.List;

/**
 * A place that keeps backup files: a directory (local disk, mounted NAS) or a server (FTP). Files are named by plain
 * names of letters, digits, '.', '_' and '-' that do not start with '.' (names starting with '.' are the targets'
 * own temporary files, never listed). Every operation either does all it says or throws a
 * {@link TransferException} whose message says what failed and where, without secrets.
 *
 * <p>{@link #put} is atomic on the target: the file is written under a temporary name and renamed when complete and
 * of the right size, so a file under its final name is always whole; an upload cut off leaves at most a temporary
 * file behind.
 */
public interface TransferTarget {

    /** Where it is, for logs and messages: a path, or {@code ftp://user@host:port/dir} (never a password). */
    String describe();

    /** Copies {@code source} to the target as {@code name}, replacing a file of that name. */
    void put(Path source, String name);

    /** Copies the file {@code name} to {@code destination} (replaced when it exists; whole or not at all). */
    void get(String name, Path destination);

    /** The files on the target, by name; temporary files are left out. */
    List<RemoteFile> list();

    /** Deletes the file {@code name}; nothing happens when there is none. */
    void delete(String name);
}
