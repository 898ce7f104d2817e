package cn.hoist.agent.protocol;

/** The console answered with an error, or could not be reached. */
public class ConsoleException extends RuntimeException {

    /** What went wrong, as far as the agent needs to tell. */
    public enum Kind {
        /** No connection, timeout, or a 5xx: try again later. */
        UNREACHABLE,
        /** 401: the credential is wrong or revoked. */
        UNAUTHORIZED,
        /** 4xx other than 401: the console refuses this message; resending it will not help. */
        REJECTED,
        /** 429: slow down. */
        RATE_LIMITED
    }

    private final Kind kind;
    private final int status;

    public ConsoleException(Kind kind, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }
}
