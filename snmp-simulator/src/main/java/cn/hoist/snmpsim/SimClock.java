package cn.hoist.snmpsim;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time as the simulated devices see it. Tests use a manual clock so that counters and sysUpTime move exactly as
 * much as the test says, without sleeping.
 */
public interface SimClock {

    long millis();

    static SimClock system() {
        return System::currentTimeMillis;
    }

    static Manual manual() {
        return new Manual();
    }

    /** A clock that only moves when told to. */
    final class Manual implements SimClock {
        private final AtomicLong now = new AtomicLong(1_700_000_000_000L);

        @Override
        public long millis() {
            return now.get();
        }

        public void advance(Duration d) {
            now.addAndGet(d.toMillis());
        }
    }
}
