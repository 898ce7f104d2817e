package cn.hoist.agent;

/** A failure the user can act on: its message is printed as one line, and it carries the exit code. */
public class AgentException extends RuntimeException {

    private final int exitCode;

    public AgentException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public AgentException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
