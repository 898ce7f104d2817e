package cn.hoist.agent.backup.transfer;

/** A transfer failed: the message names the target and what to check, never a password. */
public class TransferException extends RuntimeException {

    public TransferException(String message) {
        super(message);
    }

    public TransferException(String message, Throwable cause) {
        super(message, cause);
    }
}
