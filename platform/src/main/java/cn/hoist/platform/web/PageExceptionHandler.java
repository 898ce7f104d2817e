package cn.hoist.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
        ModelAndView page = new ModelAndView("error");
        page.setStatus(ex.status());
        page.addObject("status", ex.status().value());
        page.addObject("message", problems.message(ex.messageKey(), ex.arguments()));
        response.setStatus(ex.status().value());
        return page;
    }
}
