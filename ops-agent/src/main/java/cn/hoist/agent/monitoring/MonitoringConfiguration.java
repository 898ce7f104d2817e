package cn.hoist.agent.monitoring;


import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.hoist.agent.reporting.ReportBuffer;
import cn.hoist.agent.scheduling.JobScheduler;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpClientSettings;
import cn.hoist.agent.snmp.SnmpClients;
import io.micrometer.core.instrument.MeterRegistry;

/** Wires monitoring into the agent service: one SNMP session, the scheduler, traps, and what applies new configurations. */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    @Bean(destroyMethod = "close")
    SnmpClient snmpClient(MonitoringProperties properties) {
        return SnmpClients.open(new SnmpClientSettings(properties.maxInFlight(), properties.maxInFlightPerDevice(),
                100_000, properties.snmpThreads()));
    }

    @Bean
    MonitorMetrics monitorMetrics(MeterRegistry registry, SnmpClient client) {
        io.micrometer.core.instrument.FunctionCounter.builder("hoist.agent.snmp.requests", client,
                SnmpClient::requestsSent).description("SNMP requests sent").register(registry);
        return new MonitorMetrics(registry);
    }

    @Bean(destroyMethod = "close")
    MonitorScheduler monitorScheduler(SnmpClient client, ReportBuffer buffer, MonitorMetrics metrics,
            MonitoringProperties properties) {
        return new MonitorScheduler(new SnmpDeviceJob.Context(client, buffer, metrics), properties.checkThreads());
    }

    @Bean(destroyMethod = "close")
    TrapEvents trapEvents(ReportBuffer buffer, MonitorMetrics metrics) {
        return new TrapEvents(buffer, metrics);
    }

    /** {@code trapReceiver} in the agent's health: DOWN while traps are wanted and the port cannot be bound. */
    @Bean
    HealthIndicator trapReceiverHealthIndicator(TrapEvents traps) {
        return traps::health;
    }

    @Bean
    MonitoringConfigApplier monitoringConfigApplier(MonitorScheduler scheduler, TrapEvents traps, ReportBuffer buffer) {
        return new MonitoringConfigApplier(scheduler, traps, buffer);
    }

    /** Starts the scheduler with the agent, and stops it before the report buffer writes what is left. */
    @Bean
    SmartLifecycle monitoringLifecycle(MonitorScheduler monitor, JobScheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                monitor.start(scheduler);
                running = true;
            }

            @Override
            public void stop() {
                monitor.close();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
