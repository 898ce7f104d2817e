package cn.hoist.console;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console's own settings (prefix {@code hoist.console}).
 *
 * @param agentOfflineAfter an agent without a heartbeat for this long is OFFLINE
 * @param enrollmentCodeValidity how long a new enrollment code is valid by default
 * @param registrarPassword password of the {@code registrar} account CRM instances register with
 */
@ConfigurationProperties("hoist.console")
public record ConsoleProperties(Duration agentOfflineAfter, Duration enrollmentCodeValidity, String registrarPassword) {

    public static final Duration MAX_ENROLLMENT_CODE_VALIDITY = Duration.ofDays(7);

    public ConsoleProperties {
        agentOfflineAfter = agentOfflineAfter == null ? Duration.ofSeconds(90) : agentOfflineAfter;
        enrollmentCodeValidity = enrollmentCodeValidity == null ? Duration.ofHours(24) : enrollmentCodeValidity;
        if (enrollmentCodeValidity.compareTo(MAX_ENROLLMENT_CODE_VALIDITY) > 0) {
            throw new IllegalStateException("hoist.console.enrollment-code-validity may be at most 7 days");
        }
    }

    @Override
    public String toString() {
        return "ConsoleProperties[agentOfflineAfter=" + agentOfflineAfter + ", enrollmentCodeValidity="
                + enrollmentCodeValidity + ", registrarPassword=" + (registrarPassword == null ? "unset" : "***") + "]";
    }
}
