package cn.hoist.crm.privacy;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import cn.hoist.platform.HoistProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code rotate-data-key}: thin; the work is {@link DataKeyRotation}'s. */
@Command(name = "rotate-data-key", description = {
    "Re-encrypts customers' personal data under a new data key and retires the old key.",
    "All or nothing: one transaction. Stop the CRM first (every CRM on this database).",
    "Takes the CRM's settings (HOIST_HOME, HOIST_CRM_DATA_KEY, SPRING_DATASOURCE_URL ...)",
    "from the environment like the CRM, or as --name=value arguments."})
public final class RotateDataKeyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--new-key", paramLabel = "FILE",
            description = "A file holding the new key (Base64 of 32 random bytes). Default: a new random key.")
    Path newKey;

    @Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() {
        for (String setting : settings) {
            if (!setting.startsWith("--") || !setting.contains("=")) {
                throw new ParameterException(spec.commandLine(), "Unknown argument '" + setting
                        + "': settings of the CRM are given as --name=value");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        // The command speaks for itself on the console; what Spring logs (a refused start with its stack trace
        // too) goes to the CRM's log file only.
        List<String> args = new ArrayList<>(settings);
        if (settings.stream().noneMatch(s -> s.startsWith("--logging.level.root="))) {
            args.add("--logging.level.root=WARN");
        }
        if (settings.stream().noneMatch(s -> s.startsWith("--logging.threshold.console="))) {
            args.add("--logging.threshold.console=OFF");
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RotationContext.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .listeners(new Preconditions()).run(args.toArray(String[]::new))) {
            DataKeyRotation.Result result = context.getBean(DataKeyRotation.class)
                    .rotate(newKey, new ProgressLines(out));
            out.printf("The personal data is now encrypted under the key %s (was %s).%n", result.fingerprint(),
                    result.retiredFingerprint());
            if (result.configureByHand()) {
                out.printf("""
                        The key is configured (HOIST_CRM_DATA_KEY): set it to the new key, which is in
                            %s
                        then delete that file. The CRM will not start with the old key. Keep the old key
                        with the backups taken before now: they need it.%n""", result.keyFile());
            } else {
                out.printf("""
                        The new key is in %s. Back it up NOW, separately from the database backups.
                        The old key is kept as %s:
                        the backups taken before now need it.%n""", result.keyFile(), result.retiredKeyFile());
            }
        }
        return 0;
    }

    /**
     * Refuses, before the database is touched, to rotate a key that does not exist yet (the CRM makes it
     * on first start) or while the CRM runs (its port answers): it would go on writing under the old key.
     */
    static final class Preconditions implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            Environment environment = event.getEnvironment();
            Binder settings = Binder.get(environment);
            Path keyFile = PersonalData.secretsDir(settings.bind("hoist", HoistProperties.class).get())
                    .resolve(DataKeys.FILE);
            String configured = settings.bind("hoist.crm", PrivacyProperties.class).map(PrivacyProperties::dataKey)
                    .orElse(null);
            if (!DataKeys.isSet(configured) && !Files.exists(keyFile)) {
                throw new IllegalArgumentException("There is no data key yet (" + keyFile + " does not exist, "
                        + "HOIST_CRM_DATA_KEY is not set): nothing to rotate. Is HOIST_HOME right?");
            }
            int port = environment.getProperty("server.port", Integer.class, 8080);
            String host = environment.getProperty("server.address", "127.0.0.1");
            if (port <= 0) {
                return;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 1000);
            } catch (IOException e) {
                return; // nothing listens: the CRM is stopped
            }
            throw new CrmRunningException("Something answers on the CRM's port " + host + ":" + port
                    + ": stop the CRM first (systemctl stop hoist-crm), and every other CRM on this database.");
        }
    }

    /** The CRM is running: a rotation would leave it writing under the old key. */
    public static final class CrmRunningException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        CrmRunningException(String message) {
            super(message);
        }
    }

    /** A line per table and per tenth of it. */
    private static final class ProgressLines implements EncryptedColumns.Progress {

        private final PrintWriter out;
        private String table;
        private long rows;
        private long done;
        private long nextReport;

        ProgressLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void table(String name, long rows) {
            this.table = name;
            this.rows = rows;
            this.done = 0;
            this.nextReport = Math.max(1, rows / 10);
            out.printf("%s: %,d to re-encrypt%n", name, rows);
            out.flush();
        }

        @Override
        public void done(long more) {
            done += more;
            if (done >= nextReport || done == rows) {
                out.printf("%s: %,d of %,d (%d %%)%n", table, done, rows, rows == 0 ? 100 : done * 100 / rows);
                out.flush();
                nextReport = done + Math.max(1, rows / 10);
            }
        }
    }
}
