package cn.hoist.platform.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import cn.hoist.platform.account.AccountStore;

/**
 * The filter chains every Hoist web program is built from. Each program declares its chains as beans
 * (ordered: actuator, API, then pages) and adds its own rules; everything not explicitly opened
 * requires an authenticated user.
 */
public class SecurityDefaults {

    /** Role names (without the ROLE_ prefix) shared by the programs. */
    public static final String ADMIN = "ADMIN";
    /** May read actuator endpoints: Spring Boot Admin watching a program. */
    public static final String MONITOR = "MONITOR";
    /** May scrape {@code /actuator/prometheus} and nothing else. */
    public static final String METRICS = "METRICS";

    /**
     * Pages load scripts, styles, images and fonts from their own program only (webjars included) and inline
     * nothing; no plugins, no other site may frame them, forms post back to the program.
     */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'self'";
    /**
     * A bought-in single-page UI (Spring Boot Admin) that sets style elements at run time: the page policy with
     * inline styles allowed; scripts stay its own files.
     */
    public static final String INLINE_STYLE_PAGE_POLICY = PAGE_POLICY.replace("style-src 'self';",
            "style-src 'self' 'unsafe-inline';");
    /** API answers are data, never a document to render. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final String CSP = "Content-Security-Policy";

    private final ProblemSecurityHandlers problemHandlers;
    private final AccountStore accounts;
    private final SignInThrottle throttle;

    /** {@code accounts} is null in a program without staff accounts (the agent). */
    public SecurityDefaults(ProblemSecurityHandlers problemHandlers, AccountStore accounts, SignInThrottle throttle) {
        this.problemHandlers = problemHandlers;
        this.accounts = accounts;
        this.throttle = throttle;
    }

    public ProblemSecurityHandlers problemHandlers() {
        return problemHandlers;
    }

    /** {@code /actuator/**}: health is open, Prometheus needs METRICS, the rest ADMIN or MONITOR. */
    public SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole(ADMIN, MONITOR, METRICS)
                        .anyRequest().hasAnyRole(ADMIN, MONITOR));
        return stateless(http).build();
    }

    /**
     * A REST API under the given patterns: HTTP Basic, no session, problem details on refusal. After
     * the program's own rules, any other request needs one of the staff roles (so a service account
     * such as {@code metrics} can never use the API).
     */
    public SecurityFilterChain api(HttpSecurity http, Rules rules, List<String> staffRoles, String... patterns)
            throws Exception {
        http.securityMatcher(patterns)
                .authorizeHttpRequests(auth -> {
                    rules.customize(auth);
                    auth.anyRequest().hasAnyRole(staffRoles.toArray(String[]::new));
                });
        return stateless(http).build();
    }

    /**
     * Pages: form login at {@code /login}; static assets, the login page and errors are open; after
     * the program's own rules, any other page needs one of the staff roles. A session ends at its next request
     * once its account is disabled or its roles or password change ({@link AccountSessionGuard}).
     */
    public SecurityFilterChain pages(HttpSecurity http, Rules rules, List<String> staffRoles) throws Exception {
        return pages(http, rules, staffRoles, new String[0]);
    }

    /** As {@link #pages(HttpSecurity, Rules, List)}, with {@link #INLINE_STYLE_PAGE_POLICY} under the given paths. */
    public SecurityFilterChain pages(HttpSecurity http, Rules rules, List<String> staffRoles,
            String... inlineStylePaths) throws Exception {
        http.authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/login", "/error", "/hoist/**", "/css/**", "/js/**", "/img/**",
                            "/webjars/**", "/favicon.ico").permitAll();
                    rules.customize(auth);
                    auth.anyRequest().hasAnyRole(staffRoles.toArray(String[]::new));
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(contentSecurityPolicy(inlineStylePaths)))
                .addFilterBefore(new SignInThrottleFilter(throttle, problemHandlers),
                        UsernamePasswordAuthenticationFilter.class);
        if (accounts != null) {
            http.addFilterBefore(new AccountSessionGuard(accounts), AuthorizationFilter.class);
        }
        return http.build();
    }

    private static HeaderWriter contentSecurityPolicy(String... inlineStylePaths) {
        List<RequestMatcher> relaxed = Arrays.stream(inlineStylePaths)
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList();
        return (request, response) -> {
            if (!response.containsHeader(CSP)) {
                response.setHeader(CSP, relaxed.stream().anyMatch(m -> m.matches(request))
                        ? INLINE_STYLE_PAGE_POLICY : PAGE_POLICY);
            }
        };
    }

    /** A program's own authorization rules, applied before the catch-all. */
    @FunctionalInterface
    public interface Rules extends Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>
            .AuthorizationManagerRequestMatcherRegistry> {

        Rules NONE = auth -> { };
    }

    /**
     * For machine clients: HTTP Basic (throttled after failures, {@link SignInThrottle}), no session, no CSRF (no
     * cookies to forge), refusals as problem details.
     */
    public HttpSecurity stateless(HttpSecurity http) throws Exception {
        return stateless(http, problemHandlers).httpBasic(basic -> basic.authenticationEntryPoint(problemHandlers))
                .addFilterBefore(new SignInThrottleFilter(throttle, problemHandlers), BasicAuthenticationFilter.class);
    }

    /**
     * No session, no CSRF, refusals answered by the given handlers (for clients with their own credentials). Without
     * a session there is no request to save for after a sign-in and nothing to sign out of, so neither filter is in
     * the chain (every filter is one more step on each API call).
     */
    public static HttpSecurity stateless(HttpSecurity http, ProblemSecurityHandlers handlers) throws Exception {
        return http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable());
    }
}
