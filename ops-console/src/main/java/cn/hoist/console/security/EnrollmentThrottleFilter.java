package cn.hoist.console.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.web.filter.OncePerRequestFilter;

import cn.hoist.platform.security.ProblemSecurityHandlers;
import cn.hoist.platform.security.SignInThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Enrollment codes are short and typed by hand, so guessing them is throttled per client address like a
 * password ({@link SignInThrottle}, kind {@code enroll}): a refused request gets a 429 problem with
 * {@code Retry-After} and its code is not looked at. A refusal of the code (400) counts as a failure; an
 * enrollment clears the address.
 */
class EnrollmentThrottleFilter extends OncePerRequestFilter {

    static final String KIND = "enroll";

    private final SignInThrottle throttle;
    private final ProblemSecurityHandlers problems;

    EnrollmentThrottleFilter(SignInThrottle throttle, ProblemSecurityHandlers problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/api/agent/v1/enroll");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.refusal(KIND, null, address);
        if (wait.isPresent()) {
            problems.tooManyAttempts(request, response, wait.get());
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_CREATED) {
            throttle.succeeded(KIND, null, address);
        } else if (response.getStatus() >= 400 && response.getStatus() < 500) {
            throttle.failed(KIND, null, address);
        }
    }
}
