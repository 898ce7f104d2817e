package cn.hoist.crm.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import cn.hoist.platform.security.SecurityDefaults;

/**
 * The CRM's filter chains: actuator (health open; the rest for Spring Boot Admin's monitor account,
 * Prometheus and admins), the REST API under {@code /api} (HTTP Basic), and the pages (form login).
 * Finer rules per feature are method security ({@code @PreAuthorize}) on the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class CrmSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.actuator(http);
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.api(http, SecurityDefaults.Rules.NONE, Roles.STAFF, "/api/**", "/v3/api-docs/**");
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.pages(http, SecurityDefaults.Rules.NONE, Roles.STAFF);
    }
}
