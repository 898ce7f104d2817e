package cn.hoist.agent.backup.transfer;

/**
 * A file on a transfer target.
 *
 * @param name its name on the target
 * @param size its size in bytes
 */
public record RemoteFile(String name, long size) {
}
