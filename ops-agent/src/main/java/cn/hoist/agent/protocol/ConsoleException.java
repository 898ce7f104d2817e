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
        RATE_LIMITED,
        /** 409 report-sequence-gap: the console expects another report number next ({@link #expectedSeq}). */
        SEQUENCE_GAP
    }

    private final Kind kind;
    private final int status;
    private final java.time.Duration retryAfter;
    private final Long expectedSeq;

    public ConsoleException(Kind kind, int status, String message, Throwable cause) {
        this(kind, status, message, cause, null);
    }

    public ConsoleException(Kind kind, int status, String message, Throwable cause, java.time.Duration retryAfter) {
        this(kind, status, message, cause, retryAfter, null);
    }

    public ConsoleException(Kind kind, int status, String message, Throwable cause, java.time.Duration retryAfter,
            Long expectedSeq) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
        this.expectedSeq = expectedSeq;
    }

    /** For {@link Kind#SEQUENCE_GAP}: the report number the console expects next. */
    public java.util.Optional<Long> expectedSeq() {
        return java.util.Optional.ofNullable(expectedSeq);
    }

    /** How long the console asked the agent to wait (Retry-After), if it said. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }
}
