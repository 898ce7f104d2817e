package cn.hoist.agent;

import java.nio.file.Path;

/**
 * Where the agent keeps its data: {@code HOIST_HOME/agent} (HOIST_HOME defaults to {@code ~/hoist}).
 * The CLI and the service resolve it the same way, so {@code enroll} writes where {@code run} reads.
 */
public record AgentHome(Path home) {

    public static final String ENVIRONMENT_VARIABLE = "HOIST_HOME";

    /** The home given on the command line, else HOIST_HOME, else ~/hoist. */
    public static AgentHome resolve(Path option) {
        if (option != null) {
            return new AgentHome(option);
        }
        String env = System.getenv(ENVIRONMENT_VARIABLE);
        if (env != null && !env.isBlank()) {
            return new AgentHome(Path.of(env));
        }
        return new AgentHome(Path.of(System.getProperty("user.home"), "hoist"));
    }

    public Path dataDir() {
        return home.resolve("agent");
    }

    public Path credentialFile() {
        return dataDir().resolve("credential.json");
    }

    public Path spoolDir() {
        return dataDir().resolve("spool");
    }

    /** The monitoring configuration: devices, checks, thresholds, traps. */
    public Path configFile() {
        return dataDir().resolve("agent.yml");
    }
}
