package cn.hoist.console.ingest.internal;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import cn.hoist.console.fleet.AgentIdentity;
import cn.hoist.platform.web.ProblemTypes;
import io.micrometer.core.instrument.Counter;

/**
 * Per-agent rate limit on report requests: 429 with Retry-After once an agent's bucket is empty.
 * Runs after authentication (it needs the agent) but before the body is parsed, so a flooding agent
 * costs little. The agent's sender backs off on 429 and keeps its reports in its spool.
 */
public class RateLimitInterceptor implements HandlerInterceptor {

    private final TokenBuckets buckets;
    private final ProblemWriter problems;
    private final Counter limited;

    public RateLimitInterceptor(TokenBuckets buckets, ProblemWriter problems, Counter limited) {
        this.buckets = buckets;
        this.problems = problems;
        this.limited = limited;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AgentIdentity agent)) {
            return true;
        }
        Duration wait = buckets.take(agent.agentId());
        if (wait.isZero()) {
            return true;
        }
        limited.increment();
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED,
                "agent.rateLimited", seconds);
        return false;
    }
}
