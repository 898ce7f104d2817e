/**
 * Where backup copies go, behind our own {@link cn.hoist.agent.backup.transfer.TransferTarget}: a local or mounted
 * directory, an FTP server (Apache Commons Net, used only here and by the NTP check). Every upload is atomic on the
 * target: written under a temporary name, then renamed.
 */
package cn.hoist.agent.backup.transfer;
