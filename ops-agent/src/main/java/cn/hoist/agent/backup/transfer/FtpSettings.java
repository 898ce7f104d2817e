package cn.hoist.agent.backup.transfer;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an FTP server.
 *
 * @param host      its host name or address
 * @param port      its control port (21 by default)
 * @param user      the account
 * @param password  its password (never shown: not in {@link #toString()}, not in messages)
 * @param directory the directory files go to, relative to the account's home ("" for the home itself); created when
 *                  missing
 * @param passive   passive mode (the default: the agent sits behind NAT and opens every connection itself)
 * @param timeout   for connecting and for each read or write on a connection
 */
public record FtpSettings(String host, int port, String user, String password, String directory, boolean passive,
        Duration timeout) {

    public FtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        directory = directory == null ? "" : directory;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("FTP port must be between 1 and 65535, not " + port);
        }
    }

    @Override
    public String toString() {
        return "FtpSettings[ftp://" + user + "@" + host + ":" + port + "/" + directory + ", passive=" + passive
                + ", timeout=" + timeout + "]";
    }
}
