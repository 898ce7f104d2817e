package cn.hoist.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Applies the {@link SignInThrottle} to the two ways a person or program signs in: the sign-in form
 * ({@code POST /login}) and HTTP Basic. A refused attempt is not checked at all (a right password gets the same
 * answer as a wrong one while refused): the form shows the sign-in page with the wait, the API a 429 problem
 * with {@code Retry-After}. Outcomes come from Spring Security's authentication events, which carry the
 * account name and the client's address (the proxy's {@code X-Forwarded-For} where one is configured).
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

    static final String KIND = "sign-in";

    private final SignInThrottle throttle;
    private final ProblemSecurityHandlers problems;

    public SignInThrottleFilter(SignInThrottle throttle, ProblemSecurityHandlers problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        String account = form ? request.getParameter("username") : basicUsername(request);
        if (account != null) {
            Optional<Duration> wait = throttle.refusal(KIND, account, request.getRemoteAddr());
            if (wait.isPresent()) {
                if (form) {
                    response.sendRedirect(request.getContextPath() + "/login?throttled=" + wait.get().toSeconds());
                } else {
                    problems.tooManyAttempts(request, response, wait.get());
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null; // not Base64: the Basic filter refuses it
        }
    }

    /** Counts failures and clears on success, from the events Spring Security publishes for every sign-in. */
    public static ApplicationListener<AbstractAuthenticationEvent> outcomes(SignInThrottle throttle) {
        return event -> {
            if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)) {
                return; // not a sign-in over HTTP (service accounts checked in-process, tests)
            }
            String account = event.getAuthentication().getName();
            if (event instanceof AbstractAuthenticationFailureEvent) {
                throttle.failed(KIND, account, details.getRemoteAddress());
            } else if (event instanceof AuthenticationSuccessEvent) {
                throttle.succeeded(KIND, account, details.getRemoteAddress());
            }
        };
    }
}
