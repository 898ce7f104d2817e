package cn.hoist.agent.checks.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.hoist.agent.ExitCodes;
import cn.hoist.agent.checks.CheckOutcome;
import cn.hoist.agent.checks.Numbers;
import cn.hoist.agent.reporting.Metric;

/** An outcome as aligned {@code key  value} lines, status first; returns the exit code. */
final class OutcomePrinter {

    private OutcomePrinter() {
    }

    static int print(PrintWriter out, String check, CheckOutcome outcome) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"check", check});
        lines.add(new String[] {"status", outcome.status().name()});
        lines.add(new String[] {"message", outcome.message()});
        lines.add(new String[] {"took", outcome.durationMs() + " ms"});
        outcome.properties().forEach((k, v) -> lines.add(new String[] {k, v}));
        for (Metric m : outcome.metrics()) {
            lines.add(new String[] {m.name() + labels(m.labels()), Numbers.format(m.value())
                    + (m.unit() == null || m.unit().isEmpty() ? "" : " " + m.unit())});
        }
        int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
        for (String[] line : lines) {
            out.printf("%-" + width + "s  %s%n", line[0], line[1]);
        }
        out.flush();
        return outcome.status().failed() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static String labels(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return "";
        }
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
