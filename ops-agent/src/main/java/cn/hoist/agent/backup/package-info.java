/**
 * Backups of the shop's CRM (database and files) to the local backup directory and offsite copies. So far: the
 * transfer targets the copies go to ({@code transfer}); the backups themselves come with the next features.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package cn.hoist.agent.backup;
