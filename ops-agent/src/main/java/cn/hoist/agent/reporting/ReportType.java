package cn.hoist.agent.reporting;

import java.util.Arrays;
import java.util.Map;

/**
 * The protocol's {@code type} of each report body: the one place where a body type becomes a string. Every
 * permitted {@link ReportBody} must have one; a body added without is refused when this class loads, so no test
 * and no agent runs with it.
 */
final class ReportType {

    private static final Map<Class<? extends ReportBody>, String> TYPES = Map.of(
            Heartbeat.class, "heartbeat",
            Event.class, "event",
            CheckResult.class, "check-result",
            Inventory.class, "inventory");

    static {
        Arrays.stream(ReportBody.class.getPermittedSubclasses()).filter(c -> !TYPES.containsKey(c)).findFirst()
                .ifPresent(missing -> {
                    throw new ExceptionInInitializerError("report body " + missing.getName() + " has no wire type");
                });
    }

    private ReportType() {
    }

    static String of(ReportBody body) {
        return TYPES.get(body.getClass());
    }
}
