package cn.hoist.agent.reporting;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import cn.hoist.agent.AgentHome;
import cn.hoist.agent.enrollment.Credential;
import cn.hoist.agent.protocol.ConsoleClient;
import cn.hoist.agent.reporting.internal.Sender;
import cn.hoist.agent.reporting.internal.Spool;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The spool, the sender thread that drains it, the {@link Reports} entry point and the {@link ReportBuffer}. */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean(destroyMethod = "close")
    Spool spool(AgentHome home, ReportingProperties properties, MeterRegistry meters) {
        Spool spool = Spool.open(home.spoolDir(), properties.segmentBytes().toBytes());
        Gauge.builder("hoist.agent.spool.depth", spool, Spool::depth).description("Reports not yet delivered")
                .register(meters);
        Gauge.builder("hoist.agent.spool.bytes", spool, Spool::sizeBytes).baseUnit("bytes")
                .description("Size of undelivered reports").register(meters);
        return spool;
    }

    @Bean
    Sender sender(Spool spool, Credential credential, ReportingProperties properties, Clock clock,
            MeterRegistry meters, ObjectProvider<Reports> reports) {
        // the report-refused event goes into the spool like any other (Reports needs the sender: looked up late)
        Sender sender = new Sender(spool, new ConsoleClient(credential.console(), ConsoleClient.defaultJson()),
                credential.agentId(), credential.secret(), ConsoleClient.defaultJson(), clock, properties.batchSize(),
                properties.batchBytes().toBytes(), properties.retryMin(), properties.retryMax(), meters,
                event -> reports.getObject().submit(event));
        Gauge.builder("hoist.agent.reports.last.delivery", sender,
                s -> s.lastDelivery() == null ? Double.NaN : s.lastDelivery().getEpochSecond())
                .baseUnit("seconds").description("When the console last acknowledged reports (epoch seconds)")
                .register(meters);
        return sender;
    }

    @Bean
    Reports reports(Spool spool, Sender sender, ReportingProperties properties, Clock clock, MeterRegistry meters) {
        return new Reports(spool, ConsoleClient.defaultJson(), clock, properties.spoolMaxBytes().toBytes(), sender::wake, meters);
    }

    /** The flush interval: hoist.agent.reporting.flush-interval, else its older name under monitoring, else 1 s. */
    @Bean
    ReportBuffer reportBuffer(Reports reports, ReportingProperties properties, Environment environment) {
        Duration flush = properties.flushInterval();
        if (!environment.containsProperty("hoist.agent.reporting.flush-interval")) {
            flush = environment.getProperty("hoist.agent.monitoring.flush-interval", Duration.class, flush);
        }
        return new ReportBuffer(reports, flush);
    }

    /**
     * Runs the buffer's flusher while the agent runs. It starts before and stops after the features that fill it
     * (a lower phase), so their last reports are written before the spool closes.
     */
    @Bean
    SmartLifecycle reportBufferThread(ReportBuffer buffer) {
        return new SmartLifecycle() {
            private Thread flusher;

            @Override
            public void start() {
                flusher = new Thread(buffer, "report-buffer");
                flusher.setDaemon(true);
                flusher.start();
            }

            @Override
            public void stop() {
                buffer.stop();
            }

            @Override
            public boolean isRunning() {
                return flusher != null && flusher.isAlive();
            }

            @Override
            public int getPhase() {
                return DEFAULT_PHASE - 1024;
            }
        };
    }

    /** Runs the sender on its own thread while the agent runs; on shutdown it finishes the batch in flight. */
    @Bean
    SmartLifecycle senderThread(Sender sender) {
        return new SmartLifecycle() {
            private Thread thread;

            @Override
            public void start() {
                thread = new Thread(sender, "report-sender");
                thread.setDaemon(true);
                thread.start();
            }

            @Override
            public void stop() {
                sender.stop();
                try {
                    thread.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean isRunning() {
                return thread != null && thread.isAlive();
            }
        };
    }
}
