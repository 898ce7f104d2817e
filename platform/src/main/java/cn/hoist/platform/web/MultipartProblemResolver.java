package cn.hoist.platform.web;

import org.springframework.core.Ordered;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An upload that cannot be parsed (no boundary, a truncated body, a bad part header) fails before any
 * controller is chosen, so no controller advice sees it and Spring lets it escape as a 500. It is the client's
 * mistake: a 400 (413 when over the size limit), answered by the error controller as a problem or the error page.
 */
public class MultipartProblemResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(ex instanceof MultipartException)) {
            return null;
        }
        // tells the error dispatch not to parse the upload again (DispatcherServlet looks for this attribute)
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
        try {
            response.sendError(ex instanceof MaxUploadSizeExceededException ? 413 : 400);
        } catch (java.io.IOException e) {
            // the client has gone
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
