package cn.hoist.crm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole CRM on a random port with an in-memory database and a {@link TestClock}. Full-stack
 * tests use these same settings so that they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hoist.admin.password=" + CrmTest.ADMIN_PASSWORD,
        "hoist.metrics.password=metrics-test-password",
        "hoist.monitor.password=monitor-test-password"})
@Import(TestClock.class)
public @interface CrmTest {

    String ADMIN_PASSWORD = "crm-admin-password-0001";
}
