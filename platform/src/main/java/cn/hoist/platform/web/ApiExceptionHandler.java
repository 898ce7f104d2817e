package cn.hoist.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every exception thrown by a REST controller becomes a problem detail. User mistakes get a 4xx with
 * a message they can act on; anything else a 500 with an error id that is also in the log, and
 * never a stack trace or an internal message.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    public ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.create(ex.status(), ex.type(), ex.messageKey(), ex.arguments(), request);
        ex.properties().forEach(problem::setProperty);
        return ResponseEntity.status(ex.status()).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return validationProblem(errors, request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException ex, HttpServletRequest request) {
        log.info("Rejected a request that conflicts with stored data: {}", ex.getMostSpecificCause().getMessage());
        ProblemDetail problem = problems.create(HttpStatus.CONFLICT, ProblemTypes.CONFLICT,
                "problem.detail.conflict", null, request);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<Object> handleBusy(PessimisticLockingFailureException ex, HttpServletRequest request) {
        log.info("A request waited too long for data another one was changing: {}",
                ex.getMostSpecificCause().getMessage());
        ProblemDetail problem = problems.create(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, Problems.BUSY, null,
                request);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problems.forStatus(HttpStatus.FORBIDDEN, request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, HttpServletRequest request) {
        ProblemDetail problem = problems.internal(HttpStatus.INTERNAL_SERVER_ERROR, request);
        log.error("Unexpected error {} on {} {}", problem.getProperties().get(Problems.ERROR_ID), request.getMethod(),
                request.getRequestURI(), ex);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(fieldProblems(ex.getBindingResult()), servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String name = result.getMethodParameter().getParameterName();
            errors.add(new FieldProblem(error instanceof FieldError f ? f.getField() : name,
                    problems.message(error.getDefaultMessage() == null ? "problem.detail.validation"
                            : error.getDefaultMessage())));
        }));
        return validationProblem(errors, servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detailKey = "problem.detail.malformed-request";
        Object[] arguments = null;
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof StrictInput.RefusedValue refused) {
            detailKey = refused.messageKey();
            arguments = new Object[] {path(refused)};
        } else if (cause instanceof UnrecognizedPropertyException unknown) {
            detailKey = "problem.detail.unknown-field";
            arguments = new Object[] {unknown.getPropertyName()};
        } else if (cause instanceof InvalidFormatException invalid) {
            detailKey = "problem.detail.invalid-value";
            arguments = new Object[] {path(invalid)};
        } else if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            detailKey = "problem.detail.invalid-value";
            arguments = new Object[] {path(mismatched)};
        } else if (cause instanceof JacksonException) {
            detailKey = "problem.detail.malformed-json";
        } else if (cause instanceof java.nio.charset.CharacterCodingException
                || cause instanceof java.io.CharConversionException) {
            detailKey = "problem.detail.invalid-encoding";
        }
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, detailKey,
                arguments, servletRequest(request));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse errorResponse) {
            body = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem) {
            problems.complete(problem, servletRequest(request));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ResponseEntity<Object> validationProblem(List<FieldProblem> errors, HttpServletRequest request) {
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                "problem.detail.validation", new Object[] {errors.size()}, request);
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message()))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    private List<FieldProblem> fieldProblems(BindingResult result) {
        List<FieldProblem> errors = new ArrayList<>();
        result.getFieldErrors().forEach(e -> errors.add(new FieldProblem(e.getField(), fieldMessage(e))));
        result.getGlobalErrors().forEach(e -> errors.add(new FieldProblem(e.getObjectName(),
                problems.message(e.getDefaultMessage() == null ? "problem.detail.validation" : e.getDefaultMessage()))));
        return errors;
    }

    private String fieldMessage(FieldError error) {
        if (error.isBindingFailure()) {
            return problems.message("problem.detail.invalid-value", error.getField());
        }
        return error.getDefaultMessage() == null ? problems.message("problem.detail.validation", 1)
                : error.getDefaultMessage();
    }

    private static String path(MismatchedInputException ex) {
        StringBuilder path = new StringBuilder();
        ex.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return path.isEmpty() ? "?" : path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest() : null;
    }

    record FieldProblem(String field, String message) {
    }
}
