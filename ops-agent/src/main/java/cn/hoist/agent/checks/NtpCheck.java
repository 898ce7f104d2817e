package cn.hoist.agent.checks;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import cn.hoist.agent.checks.ntp.NtpQuery;

/**
 * The clock of this host against an NTP server (the shop's router, or a public pool): invoices, logs and
 * certificates all need a right clock. Metrics {@code ntp_offset_ms} (positive: the server is ahead of us) and
 * {@code ntp_delay_ms}.
 */
public record NtpCheck(String name, String host, int port, Duration timeout, Threshold offsetMs) implements Check {

    @Override
    public CheckOutcome run() {
        CheckOutcome.Builder out = new CheckOutcome.Builder().property("target", host + ":" + port);
        NtpQuery.Answer answer;
        try {
            answer = NtpQuery.ask(host, port, timeout);
        } catch (IOException e) {
            return out.status(CheckStatus.CRITICAL, "NTP: " + Failures.describe(e, host + ":" + port)).build();
        }
        out.metric("ntp_offset_ms", Map.of(), answer.offsetMillis(), "ms")
                .metric("ntp_delay_ms", Map.of(), answer.delayMillis(), "ms")
                .property("stratum", Integer.toString(answer.stratum()));
        if (answer.stratum() == 0 || answer.stratum() > 15) {
            return out.status(CheckStatus.WARNING, "NTP server " + host + " is not synchronised (stratum "
                    + answer.stratum() + ")").build();
        }
        double magnitude = Math.abs(answer.offsetMillis());
        CheckStatus status = offsetMs == null ? CheckStatus.OK : offsetMs.status(magnitude);
        return out.status(status, "clock offset " + Numbers.format(answer.offsetMillis()) + " ms against " + host
                + (status == CheckStatus.OK ? "" : " (" + offsetMs + ")")).build();
    }
}
