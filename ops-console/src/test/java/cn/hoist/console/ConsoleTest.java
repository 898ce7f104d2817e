package cn.hoist.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole console on a random port with an in-memory database. Every full-stack test uses these
 * same settings, so they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hoist.admin.password=" + ConsoleTestSupport.ADMIN_PASSWORD,
        "hoist.metrics.password=metrics-test-password",
        "hoist.console.agent-offline-after=2s",
        "hoist.console.offline-sweep-interval=200ms",
        "hoist.console.ingest.max-request-size=1MB",
        "hoist.console.monitoring.prometheus.cache-for=0s"})
public @interface ConsoleTest {
}
