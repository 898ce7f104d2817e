package cn.hoist.agent.cli;

import java.io.PrintWriter;

import cn.hoist.agent.AgentException;
import cn.hoist.agent.AgentVersion;
import cn.hoist.agent.ExitCodes;
import cn.hoist.agent.checks.cli.CheckCommand;
import cn.hoist.agent.config.cli.ConfigCommand;
import cn.hoist.agent.enrollment.EnrollCommand;
import cn.hoist.agent.run.RunCommand;
import cn.hoist.agent.snmp.cli.SnmpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ops-agent}: the root command; each subcommand is thin and lives with its feature. */
@Command(name = "ops-agent", mixinStandardHelpOptions = true, versionProvider = AgentVersion.class,
        description = "Hoist operations agent: monitors the shop's devices, backs up the CRM and reports to the console.",
        subcommands = {EnrollCommand.class, RunCommand.class, ConfigCommand.class, CheckCommand.class, SnmpCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command tree with Hoist's error handling: one clear line, the stack trace only with -v. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(Main::handle);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof AgentException agentException) {
            err.println("ops-agent: " + agentException.getMessage());
            if (parseResult.hasMatchedOption("-v") || parseResult.hasMatchedOption("--verbose")) {
                agentException.printStackTrace(err);
            }
            return agentException.exitCode();
        }
        err.println("ops-agent: " + ex);
        ex.printStackTrace(err);
        return ExitCodes.FAILED;
    }
}
