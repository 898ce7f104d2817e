package cn.hoist.platform;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import cn.hoist.platform.account.InitialAdminPassword;

/**
 * Connects a program to the console's Spring Boot Admin from two Hoist settings instead of half a
 * dozen Spring Boot Admin ones: {@code HOIST_CONSOLE_URL} (where the console is) and
 * {@code HOIST_REGISTRAR_PASSWORD} (the console's {@code registrar} account). It also hands Spring
 * Boot Admin the credentials of this program's {@code monitor} account, a random password per
 * start unless {@code HOIST_MONITOR_PASSWORD} sets one, so the console can read the actuator.
 * Without a console URL the client stays off.
 */
public class ConsoleRegistration implements EnvironmentPostProcessor {

    static final String CLIENT_CLASS = "de.codecentric.boot.admin.client.config.ClientProperties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!ClassUtils.isPresent(CLIENT_CLASS, getClass().getClassLoader())) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        String monitorPassword = environment.getProperty("hoist.monitor.password");
        if (monitorPassword == null || monitorPassword.isBlank()) {
            monitorPassword = InitialAdminPassword.randomString(32);
            properties.put("hoist.monitor.password", monitorPassword);
        }
        String consoleUrl = environment.getProperty("hoist.console-url");
        if (consoleUrl == null || consoleUrl.isBlank()) {
            properties.put("spring.boot.admin.client.enabled", "false");
        } else {
            String base = consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
            properties.put("spring.boot.admin.client.enabled", "true");
            properties.put("spring.boot.admin.client.url", base + "/admin");
            properties.put("spring.boot.admin.client.username", "registrar");
            properties.put("spring.boot.admin.client.password",
                    environment.getProperty("hoist.registrar-password", ""));
            properties.put("spring.boot.admin.client.instance.metadata.user.name", "monitor");
            properties.put("spring.boot.admin.client.instance.metadata.user.password", monitorPassword);
        }
        environment.getPropertySources().addLast(new MapPropertySource("hoistConsoleRegistration", properties));
    }
}
