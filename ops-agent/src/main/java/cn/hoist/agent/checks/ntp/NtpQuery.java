package cn.hoist.agent.checks.ntp;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

import org.apache.commons.net.ntp.NTPUDPClient;
import org.apache.commons.net.ntp.TimeInfo;

/** One NTP (RFC 5905 client mode) exchange with Commons Net's {@link NTPUDPClient}. */
public final class NtpQuery {

    private NtpQuery() {
    }

    /**
     * The server's answer.
     *
     * @param offsetMillis how far the server's clock is ahead of ours
     * @param delayMillis  round-trip delay
     * @param stratum      the server's stratum (0 or 16: not synchronised)
     */
    public record Answer(long offsetMillis, long delayMillis, int stratum) {
    }

    public static Answer ask(String host, int port, Duration timeout) throws IOException {
        try (NTPUDPClient client = new NTPUDPClient()) {
            client.setDefaultTimeout(timeout);
            client.open();
            TimeInfo info = client.getTime(InetAddress.getByName(host), port);
            info.computeDetails();
            Long offset = info.getOffset();
            Long delay = info.getDelay();
            if (offset == null || delay == null) {
                throw new IOException("incomplete NTP answer from " + host + ": " + info.getComments());
            }
            return new Answer(offset, delay, info.getMessage().getStratum());
        }
    }
}
