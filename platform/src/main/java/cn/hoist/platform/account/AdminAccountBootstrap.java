package cn.hoist.platform.account;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Makes sure the {@code admin} account exists. With {@code HOIST_ADMIN_PASSWORD} set, that is the
 * password (also on later starts, so setting it is the way to recover a lost password). Without it,
 * the first start generates one and prints it once on standard output, never to the log file; only
 * its hash is stored.
 */
public class AdminAccountBootstrap implements ApplicationRunner {

    public static final String ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final Optional<String> configuredPassword;
    private final String programName;
    private final PrintStream out;

    public AdminAccountBootstrap(AccountStore accounts, PasswordEncoder encoder, String configuredPassword,
            String programName, PrintStream out) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.configuredPassword = InitialAdminPassword.configured(configuredPassword);
        this.programName = programName;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdmin();
    }

    void ensureAdmin() {
        Optional<AccountStore.Account> existing = accounts.find(ADMIN);
        if (existing.isEmpty()) {
            String password = configuredPassword.orElseGet(InitialAdminPassword::generate);
            accounts.create(ADMIN, encoder.encode(password), List.of("ADMIN"));
            if (configuredPassword.isPresent()) {
                log.info("Created the admin account with the password from {}", InitialAdminPassword.ENVIRONMENT_VARIABLE);
            } else {
                printOnce(password);
                log.info("Created the admin account with a generated password (printed once on standard output)");
            }
        } else if (configuredPassword.isPresent()
                && !encoder.matches(configuredPassword.get(), existing.get().passwordHash())) {
            accounts.changePassword(ADMIN, encoder.encode(configuredPassword.get()));
            log.warn("The admin password was reset to the one in {}", InitialAdminPassword.ENVIRONMENT_VARIABLE);
        }
    }

    private void printOnce(String password) {
        String line = "=".repeat(72);
        out.println(line);
        out.println(" Hoist " + programName + ": first start. Sign in as 'admin' with this password;");
        out.println(" it is shown only this once and stored only as a hash:");
        out.println();
        out.println("     " + password);
        out.println();
        out.println(" To choose your own, set HOIST_ADMIN_PASSWORD before starting.");
        out.println(line);
        out.flush();
    }
}
