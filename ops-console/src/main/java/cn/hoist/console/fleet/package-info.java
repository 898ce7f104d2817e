/**
 * Fleet: the vendor's shops, the agents enrolled for them, one-time enrollment codes, agent
 * credentials and the online/offline status that heartbeats drive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fleet")
package cn.hoist.console.fleet;
