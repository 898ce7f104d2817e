package cn.hoist.agent.backup.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;

/**
 * An FTP server, through Apache Commons Net: binary transfers, passive mode unless told otherwise, one short session
 * per operation (a NAS that rebooted overnight costs nothing). An upload goes to a temporary name, its size on the
 * server is checked, then it is renamed; a server that will not rename over an existing file has that file deleted
 * first. Plain FTP for now: FTPS (PROT P, hostname verification) and resuming a cut upload come with the backup
 * features.
 */
public final class FtpTarget implements TransferTarget {

    private final FtpSettings settings;

    public FtpTarget(FtpSettings settings) {
        this.settings = settings;
    }

    @Override
    public String describe() {
        return "ftp://" + settings.user() + "@" + settings.host() + ":" + settings.port() + "/"
                + settings.directory();
    }

    @Override
    public void put(Path source, String name) {
        Names.checked(name);
        String temporary = Names.temporary(name);
        session(ftp -> {
            long expected = Files.size(source);
            try (InputStream in = Files.newInputStream(source)) {
                if (!ftp.storeFile(temporary, in)) {
                    deleteQuietly(ftp, temporary);
                    throw refused(ftp, "the upload of " + name);
                }
            } catch (IOException e) {
                deleteQuietly(ftp, temporary);
                throw e;
            }
            long stored = size(ftp, temporary);
            if (stored != expected) {
                deleteQuietly(ftp, temporary);
                throw new TransferException(describe() + ": the upload of " + name + " arrived with " + stored
                        + " bytes, not " + expected + "; nothing was replaced");
            }
            if (!ftp.rename(temporary, name) && !(ftp.deleteFile(name) && ftp.rename(temporary, name))) {
                deleteQuietly(ftp, temporary);
                throw refused(ftp, "renaming the upload to " + name);
            }
            return null;
        });
    }

    @Override
    public void get(String name, Path destination) {
        Names.checked(name);
        Path temporary = destination.resolveSibling(Names.temporary(destination.getFileName().toString()));
        try {
            session(ftp -> {
                long expected = size(ftp, name);
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    if (!ftp.retrieveFile(name, out)) {
                        throw refused(ftp, "the download of " + name);
                    }
                }
                long received = Files.size(temporary);
                if (received != expected) {
                    throw new TransferException(describe() + ": the download of " + name + " gave " + received
                            + " bytes, not " + expected);
                }
                Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                return null;
            });
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // never listed; nothing depends on it
            }
        }
    }

    @Override
    public List<RemoteFile> list() {
        return session(ftp -> {
            // MLSD (RFC 3659) is machine-readable; servers without it (vsftpd) get LIST, parsed by Commons Net.
            FTPFile[] files = ftp.hasFeature("MLST") ? ftp.mlistDir() : ftp.listFiles();
            if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
                throw refused(ftp, "listing the directory");
            }
            List<RemoteFile> out = new ArrayList<>();
            for (FTPFile f : files) {
                if (f != null && f.isFile() && Names.listed(f.getName())) {
                    out.add(new RemoteFile(f.getName(), f.getSize()));
                }
            }
            out.sort(java.util.Comparator.comparing(RemoteFile::name));
            return out;
        });
    }

    @Override
    public void delete(String name) {
        Names.checked(name);
        session(ftp -> {
            if (!ftp.deleteFile(name) && ftp.getSize(name) != null) {
                throw refused(ftp, "deleting " + name);
            }
            return null;
        });
    }

    /** One FTP operation. */
    private interface Operation<T> {
        T on(FTPClient ftp) throws IOException;
    }

    /** Connects, logs in, goes to the directory, does the work, logs out; every failure as a TransferException. */
    private <T> T session(Operation<T> operation) {
        FTPClient ftp = new FTPClient();
        ftp.setControlEncoding("UTF-8");
        ftp.setConnectTimeout((int) settings.timeout().toMillis());
        ftp.setDefaultTimeout((int) settings.timeout().toMillis());
        ftp.setDataTimeout(settings.timeout());
        String where = "FTP server " + settings.host() + ":" + settings.port();
        try {
            try {
                ftp.connect(settings.host(), settings.port());
            } catch (IOException e) {
                throw new TransferException("cannot connect to " + where + ": " + message(e), e);
            }
            if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
                throw new TransferException(where + " refused the connection: " + reply(ftp));
            }
            ftp.setSoTimeout((int) settings.timeout().toMillis());
            if (!ftp.login(settings.user(), settings.password())) {
                throw new TransferException(where + " refused the login of user '" + settings.user() + "' ("
                        + reply(ftp) + "): check the user name and password");
            }
            if (!ftp.setFileType(FTP.BINARY_FILE_TYPE)) {
                throw refused(ftp, "binary mode");
            }
            if (settings.passive()) {
                ftp.enterLocalPassiveMode();
            }
            enterDirectory(ftp);
            T result = operation.on(ftp);
            ftp.logout();
            return result;
        } catch (IOException e) {
            throw new TransferException(describe() + ": " + message(e), e);
        } finally {
            if (ftp.isConnected()) {
                try {
                    ftp.disconnect();
                } catch (IOException e) {
                    // the work is done or has failed already; the socket is closed either way
                }
            }
        }
    }

    private void enterDirectory(FTPClient ftp) throws IOException {
        String directory = settings.directory();
        if (directory.isEmpty() || ftp.changeWorkingDirectory(directory)) {
            return;
        }
        String path = "";
        for (String part : directory.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            path = path.isEmpty() ? part : path + "/" + part;
            ftp.makeDirectory(path);
        }
        if (!ftp.changeWorkingDirectory(directory)) {
            throw new TransferException(describe() + ": the directory does not exist and cannot be created ("
                    + reply(ftp) + ")");
        }
    }

    private long size(FTPClient ftp, String name) throws IOException {
        String size = ftp.getSize(name);
        if (size != null) {
            try {
                return Long.parseLong(size.strip());
            } catch (NumberFormatException e) {
                // fall back to the listing below
            }
        }
        FTPFile[] files = ftp.listFiles(name);
        if (files.length == 1 && files[0] != null) {
            return files[0].getSize();
        }
        throw new TransferException(describe() + ": cannot tell the size of " + name + " (" + reply(ftp) + ")");
    }

    private TransferException refused(FTPClient ftp, String what) {
        return new TransferException(describe() + ": the server refused " + what + " (" + reply(ftp) + ")");
    }

    private static void deleteQuietly(FTPClient ftp, String name) {
        try {
            ftp.deleteFile(name);
        } catch (IOException e) {
            // the connection is gone; a temporary name is never listed, and the next upload picks a new one
        }
    }

    private static String reply(FTPClient ftp) {
        String reply = ftp.getReplyString();
        return reply == null ? "no reply" : reply.strip();
    }

    private static String message(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
