package cn.hoist.console.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import cn.hoist.platform.account.MonitorAccount;
import de.codecentric.boot.admin.server.config.EnableAdminServer;
import de.codecentric.boot.admin.server.domain.values.Registration;
import de.codecentric.boot.admin.server.services.InstanceRegistry;

/**
 * Turns on the Admin server and registers the console with itself in-process, handing over the
 * credentials of its own {@code monitor} account (Spring Boot Admin hides metadata named like a
 * password in its UI).
 */
@Configuration(proxyBeanMethods = false)
@EnableAdminServer
class AdminServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdminServerConfiguration.class);

    private final InstanceRegistry registry;
    private final MonitorAccount monitor;

    AdminServerConfiguration(InstanceRegistry registry, MonitorAccount monitor) {
        this.registry = registry;
        this.monitor = monitor;
    }

    @EventListener
    void registerSelf(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://127.0.0.1:" + web.getWebServer().getPort();
        Registration self = Registration.create("hoist-console", base + "/actuator/health")
                .managementUrl(base + "/actuator")
                .serviceUrl(base + "/")
                .source("hoist-console")
                .metadata("user.name", monitor.username())
                .metadata("user.password", monitor.password())
                .metadata("program", "console")
                .build();
        registry.register(self).subscribe(id -> log.info("Registered the console in Spring Boot Admin as {}", id),
                error -> log.warn("Could not register the console in Spring Boot Admin: {}", error.getMessage()));
    }
}
