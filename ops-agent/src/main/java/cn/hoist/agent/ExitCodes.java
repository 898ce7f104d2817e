package cn.hoist.agent;

/** The exit codes of every {@code ops-agent} command, so scripts and systemd can tell what happened. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Something failed; the one-line message says what. */
    public static final int FAILED = 1;
    /** The command line or a configuration file is wrong. */
    public static final int USAGE = 2;
    /** The agent is not enrolled yet. */
    public static final int NOT_ENROLLED = 3;
    /** The console refused the credential or code (wrong, used, expired or revoked). */
    public static final int REJECTED = 4;
    /** The console could not be reached. */
    public static final int UNREACHABLE = 5;

    private ExitCodes() {
    }
}
