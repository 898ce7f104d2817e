package cn.hoist.agent.config;

import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

import cn.hoist.agent.AgentHome;
import cn.hoist.agent.reporting.ReportBuffer;
import cn.hoist.agent.scheduling.JobScheduler;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The configuration watcher in the service: the first load once the agent is ready, then a look every reload
 * interval (hoist.agent.config.reload-interval, else the older hoist.agent.monitoring.reload-interval, else 10 s).
 */
@Configuration(proxyBeanMethods = false)
class ConfigConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConfigConfiguration.class);

    @Bean
    AgentConfigLoader agentConfigLoader() {
        return AgentConfigLoader.installed();
    }

    @Bean
    AgentConfigWatcher agentConfigWatcher(AgentHome home, AgentConfigProperties properties, Environment environment,
            AgentConfigLoader loader, ApplicationEventPublisher events, ReportBuffer reports, MeterRegistry meters) {
        Path file = properties.file();
        if (file == null) {
            file = environment.getProperty("hoist.agent.monitoring.config-file", Path.class);
            if (file != null) {
                log.warn("hoist.agent.monitoring.config-file is deprecated: set hoist.agent.config.file instead");
            }
        }
        return new AgentConfigWatcher(file != null ? file : home.configFile(), System::getenv, loader,
                events::publishEvent, reports, meters);
    }

    @Bean
    ConfigReloads configReloads(AgentConfigWatcher watcher, JobScheduler scheduler, AgentConfigProperties properties,
            Environment environment) {
        Duration interval = properties.reloadInterval() != null ? properties.reloadInterval()
                : environment.getProperty("hoist.agent.monitoring.reload-interval", Duration.class,
                        Duration.ofSeconds(10));
        scheduler.every("config.reload", interval, interval, watcher::check);
        return new ConfigReloads(watcher);
    }

    /** The first load once the agent is ready (every feature listens by then); the reload job looks again later. */
    static final class ConfigReloads {

        private final AgentConfigWatcher watcher;

        ConfigReloads(AgentConfigWatcher watcher) {
            this.watcher = watcher;
        }

        @EventListener(ApplicationReadyEvent.class)
        void initialLoad() {
            watcher.check();
        }
    }
}
