package cn.hoist.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A {@link ProblemException} thrown while rendering a page (no such shop, say) shows the localized
 * error page with the problem's status and message, instead of a 500. REST controllers are
 * answered by {@link ApiExceptionHandler}, which takes precedence for them.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageExceptionHandler {

    private final Problems problems;

    public PageExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException ex, HttpServletResponse response) {
        return page(ex.status(), problems.message(ex.messageKey(), ex.arguments()), response);
    }

    /** Another user's change held the data too long (a lock timeout): nothing was saved, try again. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ModelAndView busy(PessimisticLockingFailureException ex, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, problems.message(Problems.BUSY), response);
    }

    private static ModelAndView page(HttpStatusCode status, String message, HttpServletResponse response) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        response.setStatus(status.value());
        return page;
    }
}
