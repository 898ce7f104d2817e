package cn.hoist.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** Spring's Commons Logging calls reach Logback, at Logback's levels, without rendering messages that are off. */
class CommonsLoggingTests {

    @Test
    void debugMessagesThatAreOffAreNeverRenderedAndTheOthersArrive() {
        Logger logback = (Logger) LoggerFactory.getLogger("cn.hoist.platform.logging.probe");
        ListAppender<ILoggingEvent> written = new ListAppender<>();
        written.start();
        logback.addAppender(written);
        logback.setLevel(Level.INFO);
        try {
            Log log = LogFactory.getLog("cn.hoist.platform.logging.probe");
            AtomicInteger rendered = new AtomicInteger();
            Object lazy = new Object() {
                @Override
                public String toString() {
                    rendered.incrementAndGet();
                    return "rendered";
                }
            };
            log.debug(lazy);
            log.trace(lazy);
            assertThat(rendered).as("debug and trace are off: the message is never turned into text").hasValue(0);
            log.info(lazy);
            logback.setLevel(Level.DEBUG);
            log.debug(lazy);
            assertThat(written.list).extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly("rendered", "rendered");
            assertThat(written.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO, Level.DEBUG);
        } finally {
            logback.detachAppender(written);
            logback.setLevel(null);
        }
    }
}
