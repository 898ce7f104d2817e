package cn.hoist.console.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import cn.hoist.console.ConsoleProperties;
import cn.hoist.console.fleet.AgentService;
import cn.hoist.platform.account.ServiceAccounts;
import cn.hoist.platform.security.ProblemSecurityHandlers;
import cn.hoist.platform.security.SecurityDefaults;
import cn.hoist.platform.security.SignInThrottle;
import cn.hoist.platform.web.ProblemTypes;
import cn.hoist.platform.web.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's filter chains, most specific first: actuator; the agent protocol (bearer
 * credentials); Spring Boot Admin client registration (HTTP Basic, REGISTRAR); the staff REST API
 * (HTTP Basic); and the pages, including the Spring Boot Admin UI (form login).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ConsoleSecurityConfiguration {

    static final String ADMIN = SecurityDefaults.ADMIN;
    static final String ENGINEER = "ENGINEER";
    static final String REGISTRAR = "REGISTRAR";
    /** Roles of people: every page and staff API needs one of them. */
    static final List<String> STAFF = List.of(ADMIN, ENGINEER);

    ConsoleSecurityConfiguration(ServiceAccounts serviceAccounts, ConsoleProperties properties) {
        if (properties.registrarPassword() != null && !properties.registrarPassword().isBlank()) {
            serviceAccounts.register("registrar", properties.registrarPassword(), REGISTRAR);
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.actuator(http);
    }

    @Bean
    @Order(2)
    SecurityFilterChain agentChain(HttpSecurity http, AgentService agents, Problems problems, JsonMapper json,
            SignInThrottle throttle) throws Exception {
        ProblemSecurityHandlers agentProblems = new ProblemSecurityHandlers(problems, json, "Bearer realm=\"Hoist agents\"",
                ProblemTypes.of("agent-credential-rejected"), "agent.credentialRejected");
        http.securityMatcher("/api/agent/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/agent/v1/enroll").permitAll()
                        .anyRequest().hasRole("AGENT"))
                .addFilterBefore(new AgentAuthenticationFilter(agents, agentProblems), BasicAuthenticationFilter.class)
                .addFilterBefore(new EnrollmentThrottleFilter(throttle, agentProblems), AgentAuthenticationFilter.class);
        return SecurityDefaults.stateless(http, agentProblems).build();
    }

    /** CRM instances register (and deregister) themselves in Spring Boot Admin. */
    @Bean
    @Order(3)
    SecurityFilterChain registrationChain(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        var matcher = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/admin/instances"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.DELETE, "/admin/instances/*"));
        http.securityMatcher(matcher).authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(REGISTRAR, ADMIN));
        return defaults.stateless(http).build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain apiChain(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.api(http, SecurityDefaults.Rules.NONE, STAFF, "/api/**", "/v3/api-docs/**");
    }

    @Bean
    @Order(5)
    SecurityFilterChain pageChain(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        http.csrf(csrf -> csrf.spa());
        return defaults.pages(http, SecurityDefaults.Rules.NONE, STAFF, "/admin/**");
    }
}
