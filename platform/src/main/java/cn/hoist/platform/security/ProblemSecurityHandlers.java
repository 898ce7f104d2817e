package cn.hoist.platform.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import cn.hoist.platform.web.ProblemTypes;
import cn.hoist.platform.web.Problems;
import tools.jackson.databind.json.JsonMapper;

/** 401, 403 and 429 as problem details, for API callers that are not browsers. */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final JsonMapper json;
    private final String challenge;
    private final URI unauthenticatedType;
    private final String unauthenticatedDetailKey;

    /** Answers 401 with an HTTP Basic challenge. */
    public ProblemSecurityHandlers(Problems problems, JsonMapper json) {
        this(problems, json, "Basic realm=\"Hoist\", charset=\"UTF-8\"", ProblemTypes.UNAUTHENTICATED,
                "problem.detail.unauthenticated");
    }

    /** Answers 401 with the given challenge, problem type and message. */
    public ProblemSecurityHandlers(Problems problems, JsonMapper json, String challenge, URI unauthenticatedType,
            String unauthenticatedDetailKey) {
        this.problems = problems;
        this.json = json;
        this.challenge = challenge;
        this.unauthenticatedType = unauthenticatedType;
        this.unauthenticatedDetailKey = unauthenticatedDetailKey;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(response, problems.create(HttpStatus.UNAUTHORIZED, unauthenticatedType, unauthenticatedDetailKey,
                null, request));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        write(response, problems.forStatus(HttpStatus.FORBIDDEN, request));
    }

    /** 429 with {@code Retry-After}: too many failed sign-ins or codes from here ({@link SignInThrottle}). */
    public void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(wait.toSeconds()));
        write(response, problems.create(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED,
                "problem.detail.sign-in-throttled", new Object[] {wait.toSeconds()}, request));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Problems.write(response, problem, json);
    }
}
