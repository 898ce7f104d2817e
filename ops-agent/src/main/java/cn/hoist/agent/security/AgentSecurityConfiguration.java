package cn.hoist.agent.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import cn.hoist.platform.security.SecurityDefaults;

/** Actuator as everywhere (health open, Prometheus for the metrics account); every other path is refused. */
@Configuration(proxyBeanMethods = false)
class AgentSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.actuator(http);
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().denyAll());
        return defaults.stateless(http).build();
    }
}
