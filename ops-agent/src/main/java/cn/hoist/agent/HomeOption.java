package cn.hoist.agent;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --home} option every command shares (a Picocli mixin). */
public final class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Hoist home directory (default: $HOIST_HOME, else ~/hoist); the agent uses DIR/agent.")
    Path home;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    public AgentHome agentHome() {
        return AgentHome.resolve(home);
    }
}
