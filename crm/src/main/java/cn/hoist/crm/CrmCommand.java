package cn.hoist.crm;

import java.io.PrintWriter;
import java.sql.SQLException;

import org.springframework.core.NestedRuntimeException;

import cn.hoist.crm.privacy.RotateDataKeyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The CRM's maintenance commands ({@code java -jar crm.jar <command>}); without a command the jar
 * starts the CRM. Each subcommand is thin and lives with its feature.
 */
@Command(name = "crm",
        description = "Hoist CRM maintenance. Without a command, java -jar crm.jar starts the CRM.",
        subcommands = {RotateDataKeyCommand.class, CommandLine.HelpCommand.class})
public final class CrmCommand implements Runnable {

    /** Exit codes: 0 done, 2 a usage error (picocli's), these otherwise. */
    public static final int FAILED = 1;
    public static final int CRM_RUNNING = 3;
    /** H2's "Database may be already in use": another process (the CRM) has the file open. */
    private static final int H2_DATABASE_IN_USE = 90020;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Whether these arguments name a command rather than settings for starting the CRM ({@code --name=value}). */
    static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CrmCommand());
        commandLine.setExecutionExceptionHandler(CrmCommand::handle);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RotateDataKeyCommand.CrmRunningException) {
                err.println("crm: " + cause.getMessage());
                return CRM_RUNNING;
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                err.println("crm: The CRM's database is in use: stop the CRM first (systemctl stop hoist-crm).");
                return CRM_RUNNING;
            }
        }
        err.println("crm: " + reason(ex));
        return FAILED;
    }

    /** The message that says what went wrong: Spring wraps a refused start in layers that say less. */
    private static String reason(Throwable ex) {
        Throwable reason = ex;
        while (reason instanceof NestedRuntimeException && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return reason.getMessage() == null ? reason.toString() : reason.getMessage();
    }
}
