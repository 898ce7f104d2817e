package cn.hoist.agent.snmp.internal;

import org.slf4j.Logger;

/**
 * Logs at WARN at most once per interval for each key (a sender's address) and at DEBUG otherwise, so a flood of
 * bad packets cannot fill the log while each new sender is still named once. Remembers at most
 * {@value #MAX_KEYS} keys; past that (a spoofed flood) it starts afresh.
 */
final class RateLimitedLog {

    static final int MAX_KEYS = 1_000;

    private final Logger log;
    private final long intervalMillis;
    private final java.util.Map<String, Long> lastWarn = new java.util.HashMap<>();

    RateLimitedLog(Logger log, long intervalMillis) {
        this.log = log;
        this.intervalMillis = intervalMillis;
    }

    synchronized void warn(String key, String format, Object... args) {
        long now = System.currentTimeMillis();
        Long last = lastWarn.get(key);
        if (last == null || now - last >= intervalMillis) {
            if (last == null && lastWarn.size() >= MAX_KEYS) {
                lastWarn.clear();
            }
            lastWarn.put(key, now);
            log.warn(format, args);
        } else {
            log.debug(format, args);
        }
    }
}
