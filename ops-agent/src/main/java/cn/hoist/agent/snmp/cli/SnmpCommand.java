package cn.hoist.agent.snmp.cli;

import cn.hoist.agent.snmp.AuthProtocol;
import cn.hoist.agent.snmp.PrivProtocol;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpClientSettings;
import cn.hoist.agent.snmp.SnmpClients;
import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.agent.snmp.SnmpVarbind;
import cn.hoist.agent.snmp.SnmpVersion;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code snmp get|walk|table}: check a device by hand with the agent's own SNMP client and settings. */
@Command(name = "snmp", description = "Query a device over SNMP with the agent's client.", mixinStandardHelpOptions = true,
        subcommands = {SnmpCommand.Get.class, SnmpCommand.Walk.class, TableCommand.class})
public final class SnmpCommand implements Runnable {

    /** Exit code when the device did not answer or refused us: a failure, like a failed check. */
    public static final int EXIT_SNMP_ERROR = cn.hoist.agent.ExitCodes.FAILED;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Connection options shared by the subcommands. */
    static final class TargetOptions {
        @Option(names = {"-H", "--host"}, required = true, description = "Device host name or IP.")
        String host;
        @Option(names = {"-p", "--port"}, defaultValue = "161", description = "UDP port (default ${DEFAULT-VALUE}).")
        int port;
        @Option(names = {"-v", "--snmp-version"}, defaultValue = "2c", description = "1, 2c or 3 (default ${DEFAULT-VALUE}).")
        String version;
        @Option(names = {"-c", "--community"}, description = "v1/v2c community (default public).")
        String community;
        @Option(names = "--community-env", description = "Read the community from this environment variable.")
        String communityEnv;
        @Option(names = {"-u", "--user"}, description = "SNMPv3 user.")
        String user;
        @Option(names = {"-a", "--auth"}, defaultValue = "NONE", description = "NONE, MD5, SHA1, SHA224, SHA256, SHA384, SHA512.")
        AuthProtocol auth;
        @Option(names = {"-A", "--auth-pass"}, description = "SNMPv3 authentication pass phrase (prefer --auth-pass-env).")
        String authPass;
        @Option(names = "--auth-pass-env", description = "Read the authentication pass phrase from this environment variable.")
        String authPassEnv;
        @Option(names = {"-x", "--priv"}, defaultValue = "NONE", description = "NONE, DES, AES128, AES192, AES256.")
        PrivProtocol priv;
        @Option(names = {"-X", "--priv-pass"}, description = "SNMPv3 privacy pass phrase (prefer --priv-pass-env).")
        String privPass;
        @Option(names = "--priv-pass-env", description = "Read the privacy pass phrase from this environment variable.")
        String privPassEnv;
        @Option(names = {"-n", "--context"}, description = "SNMPv3 context name.")
        String context;
        @Option(names = {"-t", "--timeout"}, defaultValue = "2000", description = "Timeout per try in ms (default ${DEFAULT-VALUE}).")
        long timeoutMillis;
        @Option(names = {"-r", "--retries"}, defaultValue = "1", description = "Retries (default ${DEFAULT-VALUE}).")
        int retries;
        @Option(names = "--no-bulk", description = "Walk with GETNEXT instead of GETBULK.")
        boolean noBulk;
        @Option(names = "--max-repetitions", defaultValue = "20", description = "GETBULK max-repetitions (default ${DEFAULT-VALUE}).")
        int maxRepetitions;
        @Option(names = "--allow-non-increasing", description = "Tolerate OIDs out of order (some HP printers).")
        boolean allowNonIncreasing;

        SnmpTarget target() {
            String v = version.toLowerCase(Locale.ROOT);
            SnmpTarget t = switch (v) {
                case "1", "v1" -> SnmpTarget.v1(host, port, secret(community, communityEnv, "public"));
                case "2c", "v2c", "2" -> SnmpTarget.v2c(host, port, secret(community, communityEnv, "public"));
                case "3", "v3" -> SnmpTarget.v3(host, port, user, auth, secret(authPass, authPassEnv, null), priv,
                        secret(privPass, privPassEnv, null));
                default -> throw new IllegalArgumentException("unknown SNMP version '" + version + "': use 1, 2c or 3");
            };
            if (context != null && t.version() == SnmpVersion.V3) {
                t = t.withContextName(context);
            }
            return t.withTimeout(Duration.ofMillis(timeoutMillis)).withRetries(retries)
                    .withBulk(!noBulk, maxRepetitions).withAllowNonIncreasingOids(allowNonIncreasing);
        }

        private static String secret(String value, String envName, String fallback) {
            if (envName != null) {
                String env = System.getenv(envName);
                if (env == null) {
                    throw new IllegalArgumentException("environment variable " + envName + " is not set");
                }
                return env;
            }
            return value != null ? value : fallback;
        }
    }

    abstract static class Query implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        TargetOptions options = new TargetOptions();

        int run(BiFunction<SnmpClient, SnmpTarget, CompletableFuture<List<SnmpVarbind>>> query) {
            return execute((client, target) -> query.apply(client, target).thenApply(vbs -> out -> {
                VarbindTable.print(out, vbs);
                return vbs.size() + " varbind(s)";
            }));
        }

        /**
         * Opens a client, runs the query and prints what it returns, then a summary line; errors as one line on
         * stderr. The query's result is a printer that returns the summary's first words.
         */
        int execute(BiFunction<SnmpClient, SnmpTarget, CompletableFuture<java.util.function.Function<PrintWriter,
                String>>> query) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            long start = System.nanoTime();
            SnmpTarget target;
            try {
                target = options.target();
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return 2;
            }
            try (SnmpClient client = SnmpClients.open(SnmpClientSettings.defaults())) {
                String what = query.apply(client, target).get(10, TimeUnit.MINUTES).apply(out);
                out.printf("%s from %s in %d ms%n", what, target.address(), (System.nanoTime() - start) / 1_000_000);
                out.flush();
                return 0;
            } catch (ExecutionException e) {
                err.println("error: " + e.getCause().getMessage());
                err.flush();
                return EXIT_SNMP_ERROR;
            } catch (Exception e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return EXIT_SNMP_ERROR;
            }
        }
    }

    @Command(name = "get", description = "GET one or more OIDs (numeric).", mixinStandardHelpOptions = true)
    static final class Get extends Query {
        @Parameters(arity = "1..*", paramLabel = "OID")
        List<String> oids;

        @Override
        public Integer call() {
            return run((c, t) -> c.get(t, oids.stream().map(SnmpOid::of).toList()));
        }
    }

    @Command(name = "walk", description = "Walk a subtree (GETBULK unless --no-bulk).", mixinStandardHelpOptions = true)
    static final class Walk extends Query {
        @Parameters(arity = "1", paramLabel = "OID")
        String root;

        @Override
        public Integer call() {
            return run((c, t) -> c.walk(t, SnmpOid.of(root)));
        }
    }
}
