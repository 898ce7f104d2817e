package cn.hoist.agent.config.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import cn.hoist.agent.ExitCodes;
import cn.hoist.agent.HomeOption;
import cn.hoist.agent.config.AgentConfigLoader;
import cn.hoist.agent.config.ConfigLoad;
import cn.hoist.agent.config.ConfigProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ops-agent config check [FILE]}: validate a configuration before the running agent picks it up. */
@Command(name = "config", description = "Work with the agent's configuration (agent.yml).",
        mixinStandardHelpOptions = true, subcommands = ConfigCommand.Check.class)
public final class ConfigCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validate a configuration file: every error as FILE:LINE: message (exit 2),",
                    "or a summary of what will be monitored (exit 0)."})
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        HomeOption home;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The file (default: HOIST_HOME/agent/agent.yml).")
        Path file;

        @Override
        public Integer call() {
            Path path = file != null ? file : home.agentHome().configFile();
            AgentConfigLoader loader = AgentConfigLoader.installed();
            ConfigLoad load = loader.load(path, System::getenv);
            PrintWriter out = spec.commandLine().getOut();
            if (!load.valid()) {
                PrintWriter err = spec.commandLine().getErr();
                for (ConfigProblem problem : load.problems()) {
                    err.println(problem.format(path.toString()));
                }
                err.printf("%d error(s); the running agent keeps its last good configuration%n",
                        load.problems().size());
                err.flush();
                return ExitCodes.USAGE;
            }
            ConfigSummary.print(out, loader, load.config());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
