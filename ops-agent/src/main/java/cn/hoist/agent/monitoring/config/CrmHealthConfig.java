package cn.hoist.agent.monitoring.config;

import java.net.URI;
import java.time.Duration;

/**
 * The CRM's health endpoint, checked as {@code crm-health} of the local host.
 *
 * @param enabled  whether to check it (on by default: the agent runs next to the CRM)
 * @param url      its actuator health URL
 * @param interval how often
 */
public record CrmHealthConfig(boolean enabled, URI url, Duration interval) {

    public static final URI DEFAULT_URL = URI.create("http://127.0.0.1:8080/actuator/health");
}
