package cn.hoist.console.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.hoist.platform.web.ProblemTypes;
import cn.hoist.platform.web.Problems;
import de.codecentric.boot.admin.server.web.client.exception.SsrfProtectionException;

/** A registration pointing outside the allowed networks is the client's mistake: 400, not 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationProblems {

    private final Problems problems;

    RegistrationProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(SsrfProtectionException.class)
    ProblemDetail refused(SsrfProtectionException ex, HttpServletRequest request) {
        return problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.of("registration-address-not-allowed"),
                "admin.registrationRefused", null, request);
    }
}
