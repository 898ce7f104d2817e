package cn.hoist.agent.checks.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.hoist.agent.AgentException;
import cn.hoist.agent.ExitCodes;
import cn.hoist.agent.checks.Check;
import cn.hoist.agent.checks.CrmHealthCheck;
import cn.hoist.agent.checks.HostCheck;
import cn.hoist.agent.checks.HttpCheck;
import cn.hoist.agent.checks.NtpCheck;
import cn.hoist.agent.checks.ReachabilityCheck;
import cn.hoist.agent.checks.TcpCheck;
import cn.hoist.agent.checks.Threshold;
import cn.hoist.agent.checks.Trust;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ops-agent check icmp|tcp|http|ntp|host|crm ...}: the agent's checks, run once by hand with the same code the
 * service uses. Exit 0 when OK, 1 when WARNING, CRITICAL, UNKNOWN or UNREACHABLE, 2 for a wrong command line.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Run one check now and show what it finds.",
        subcommands = {CheckCommand.Icmp.class, CheckCommand.Tcp.class, CheckCommand.Http.class,
            CheckCommand.Ntp.class, CheckCommand.Host.class, CheckCommand.Crm.class})
public final class CheckCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every check command shares: the timeout, and printing the outcome. */
    abstract static class One implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-t", "--timeout"}, defaultValue = "3000", paramLabel = "MS",
                description = "Timeout in milliseconds (default ${DEFAULT-VALUE}).")
        long timeoutMillis;

        Duration timeout() {
            return Duration.ofMillis(Math.max(1, timeoutMillis));
        }

        abstract Check check();

        @Override
        public Integer call() {
            Check check;
            try {
                check = check();
            } catch (IllegalArgumentException e) {
                // e.g. an unreadable --trust file: one line, like every other usage error
                throw new AgentException(ExitCodes.USAGE, e.getMessage(), e);
            }
            return OutcomePrinter.print(spec.commandLine().getOut(), check.name(), check.run());
        }
    }

    @Command(name = "icmp", mixinStandardHelpOptions = true,
            description = "Is HOST reachable: ICMP echo (needs privileges), else TCP connect to --port.")
    static final class Icmp extends One {
        @Parameters(paramLabel = "HOST")
        String host;
        @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "TCP port to try when ICMP gets no answer.")
        List<Integer> ports = new ArrayList<>();
        @Option(names = "--method", defaultValue = "AUTO", description = "AUTO, ICMP or TCP (default ${DEFAULT-VALUE}).")
        ReachabilityCheck.Method method;

        @Override
        Check check() {
            return new ReachabilityCheck("icmp", host, ports, method, timeout(), null);
        }
    }

    @Command(name = "tcp", mixinStandardHelpOptions = true, description = "Does HOST accept connections on PORT.")
    static final class Tcp extends One {
        @Parameters(index = "0", paramLabel = "HOST")
        String host;
        @Option(names = {"-p", "--port"}, required = true, paramLabel = "PORT")
        int port;

        @Override
        Check check() {
            return new TcpCheck("tcp." + port, host, port, timeout(), null);
        }
    }

    @Command(name = "http", mixinStandardHelpOptions = true,
            description = "Does URL answer (status < 400), how fast, and when does its certificate expire.")
    static final class Http extends One {
        @Parameters(paramLabel = "URL")
        URI url;
        @Option(names = "--trust", paramLabel = "PEM", description = "Trust the certificate(s) in this PEM file.")
        Path trust;
        @Option(names = "--warn-days", defaultValue = "21", description = "Certificate warning (default ${DEFAULT-VALUE} days).")
        double warnDays;
        @Option(names = "--crit-days", defaultValue = "7", description = "Certificate critical (default ${DEFAULT-VALUE} days).")
        double critDays;

        @Override
        Check check() {
            return new HttpCheck("http", url, timeout(), null, new Threshold(warnDays, critDays),
                    trust == null ? null : Trust.fromPem(trust), Clock.systemUTC());
        }
    }

    @Command(name = "ntp", mixinStandardHelpOptions = true, description = "This host's clock offset against HOST.")
    static final class Ntp extends One {
        @Parameters(paramLabel = "HOST")
        String host;
        @Option(names = {"-p", "--port"}, defaultValue = "123", description = "UDP port (default ${DEFAULT-VALUE}).")
        int port;
        @Option(names = "--warn-ms", defaultValue = "100", description = "Offset warning (default ${DEFAULT-VALUE} ms).")
        double warnMs;
        @Option(names = "--crit-ms", defaultValue = "1000", description = "Offset critical (default ${DEFAULT-VALUE} ms).")
        double critMs;

        @Override
        Check check() {
            return new NtpCheck("ntp", host, port, timeout(), new Threshold(warnMs, critMs));
        }
    }

    @Command(name = "host", mixinStandardHelpOptions = true, description = "This host's CPU, memory and disks.")
    static final class Host extends One {
        @Option(names = "--disk", paramLabel = "PATH", description = "Watch the file system of PATH (default: all disks).")
        List<Path> disks = new ArrayList<>();

        @Override
        Check check() {
            return new HostCheck("host", new Threshold(85, 95), new Threshold(90, 97), new Threshold(85, 95), disks);
        }
    }

    @Command(name = "crm", mixinStandardHelpOptions = true, description = "The CRM's health endpoint.")
    static final class Crm extends One {
        @Parameters(arity = "0..1", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080/actuator/health",
                description = "Health URL (default ${DEFAULT-VALUE}).")
        URI url;

        @Override
        Check check() {
            return new CrmHealthCheck("crm-health", url, timeout());
        }
    }
}
