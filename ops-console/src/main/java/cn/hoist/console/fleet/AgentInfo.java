package cn.hoist.console.fleet;

/** What an agent says about itself when it enrolls and in each heartbeat. */
public record AgentInfo(String hostname, String os, String agentVersion) {
}
