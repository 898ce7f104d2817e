package cn.hoist.console.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.hoist.platform.web.ProblemTypes;
import cn.hoist.platform.web.Problems;
import de.codecentric.boot.admin.server.web.InstancesController;

/**
 * A registration Spring Boot Admin cannot read ({@code {"name":1}}, a missing health URL, not JSON) is the
 * client's mistake: a 400 problem, where Spring Boot Admin's own checks throw and would end in a 500. Only for its
 * registration controller, so that elsewhere an {@link IllegalArgumentException} stays the bug it is; an address
 * outside the allowed networks (also an {@code IllegalArgumentException}) is {@link RegistrationProblems}' answer,
 * which comes first.
 */
@RestControllerAdvice(assignableTypes = InstancesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RegistrationInputProblems {

    private final Problems problems;

    RegistrationInputProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, IllegalArgumentException.class})
    ProblemDetail malformed(Exception ex, HttpServletRequest request) {
        return problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "admin.registrationMalformed",
                null, request);
    }
}
