package cn.hoist.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every Hoist program shares.
 *
 * @param home the directory for all data, configuration and logs of an installation ({@code HOIST_HOME})
 * @param program this program's sub-directory of {@code home}: {@code crm}, {@code console} or {@code agent}
 * @param admin the first admin account ({@code HOIST_ADMIN_PASSWORD})
 * @param metrics the read-only account Prometheus scrapes with ({@code HOIST_METRICS_PASSWORD})
 * @param monitor the account Spring Boot Admin reads the actuator with ({@code HOIST_MONITOR_PASSWORD})
 */
@ConfigurationProperties("hoist")
public record HoistProperties(Path home, String program, Admin admin, Metrics metrics, Monitor monitor) {

    public HoistProperties {
        if (home == null) {
            home = Path.of(System.getProperty("user.home"), "hoist");
        }
        if (program == null || program.isBlank()) {
            throw new IllegalStateException("hoist.program must name the program (crm, console or agent)");
        }
        admin = admin == null ? new Admin(null) : admin;
        metrics = metrics == null ? new Metrics(null) : metrics;
        monitor = monitor == null ? new Monitor(null) : monitor;
    }

    /** Where this program keeps its data: {@code home/program}. */
    public Path dataDir() {
        return home.resolve(program);
    }

    public record Admin(String password) {

        @Override
        public String toString() {
            return "Admin[password=" + (password == null ? "unset" : "***") + "]";
        }
    }

    public record Metrics(String password) {

        @Override
        public String toString() {
            return "Metrics[password=" + (password == null ? "unset" : "***") + "]";
        }
    }

    public record Monitor(String password) {

        @Override
        public String toString() {
            return "Monitor[password=" + (password == null ? "unset" : "***") + "]";
        }
    }
}
