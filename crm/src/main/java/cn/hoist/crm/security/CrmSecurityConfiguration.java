package cn.hoist.crm.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import cn.hoist.platform.account.AccountStore;
import cn.hoist.platform.security.SecurityDefaults;

/**
 * The CRM's filter chains: actuator (health open; the rest for Spring Boot Admin's monitor account,
 * Prometheus and admins), the REST API under {@code /api} (HTTP Basic), and the pages (form login).
 * Pages of whole areas are limited by role here; finer rules are method security
 * ({@code @PreAuthorize} with {@link Permissions}) on the services, which the API shares.
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
        return defaults.pages(http, auth -> auth
                .requestMatchers("/admin/**").hasRole(Roles.ADMIN)
                .requestMatchers("/audit/**", "/imports/**", "/merges/**", "/customers/export*")
                .hasAnyRole(Roles.ADMIN, Roles.MANAGER), Roles.STAFF);
    }

    /** Every sign-in, page or API, goes through this (see the class for why it caches). */
    @Bean
    CachingAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
            AccountStore accounts, Clock clock, @Value("${hoist.crm.auth-cache-ttl:2m}") Duration ttl) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new CachingAuthenticationProvider(dao, accounts, ttl, clock);
    }
}
