package cn.hoist.agent.snmp.internal;

import org.slf4j.Logger;

/** Logs at WARN at most once per interval and at DEBUG otherwise, so floods of bad packets cannot fill the log. */
final class RateLimitedLog {

    private final Logger log;
    private final long intervalMillis;
    private long lastWarn = Long.MIN_VALUE / 2;

    RateLimitedLog(Logger log, long intervalMillis) {
        this.log = log;
        this.intervalMillis = intervalMillis;
    }

    synchronized void warn(String format, Object... args) {
        long now = System.currentTimeMillis();
        if (now - lastWarn >= intervalMillis) {
            lastWarn = now;
            log.warn(format, args);
        } else {
            log.debug(format, args);
        }
    }
}
