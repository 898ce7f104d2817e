package cn.hoist.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with a stable type and a title and detail in the caller's
 * language. Every API error in Hoist goes through here.
 */
public class Problems {

    /** The property of a server-side failure's problem that names it in the log. */
    public static final String ERROR_ID = "errorId";
    /** The detail of a request that waited too long for data another request was changing (a lock timeout). */
    public static final String BUSY = "problem.detail.busy";

    private final MessageSource messages;
    private final LocaleResolver locales;

    public Problems(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    public ProblemDetail create(HttpStatusCode status, URI type, String detailKey, Object[] arguments,
            HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type);
        problem.setTitle(title(type, status, locale));
        problem.setDetail(messages.getMessage(detailKey, arguments, detailKey, locale));
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return problem;
    }

    /** The problem for a bare status; a server-side failure gets a fresh error id (see {@link #internal}). */
    public ProblemDetail forStatus(HttpStatusCode status, HttpServletRequest request) {
        URI type = typeFor(status);
        if (ProblemTypes.INTERNAL.equals(type)) {
            return internal(status, request);
        }
        return create(status, type, "problem.detail." + slug(type), null, request);
    }

    /**
     * A failure on the server's side: the detail tells the user an error id to quote, also given as the
     * {@code errorId} property; the caller logs the cause under the same id.
     */
    public ProblemDetail internal(HttpStatusCode status, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        ProblemDetail problem = create(status, ProblemTypes.INTERNAL, "problem.detail.internal",
                new Object[] {errorId}, request);
        problem.setProperty(ERROR_ID, errorId);
        return problem;
    }

    /** Fills in a problem Spring created (with its own detail) with our type, title and instance. */
    public void complete(ProblemDetail problem, HttpServletRequest request) {
        HttpStatusCode status = HttpStatusCode.valueOf(problem.getStatus());
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(typeFor(status));
        }
        problem.setTitle(title(problem.getType(), status, locale(request)));
        if (problem.getInstance() == null && request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
    }

    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /**
     * The caller's language. Security filters answer before Spring MVC has set the locale context,
     * so it is resolved from the request itself where there is one.
     */
    private Locale locale(HttpServletRequest request) {
        return request != null ? locales.resolveLocale(request) : LocaleContextHolder.getLocale();
    }

    /** Answers with the problem from a filter or handler that runs before (or without) a controller. */
    public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), asMap(problem));
    }

    /** The problem as the JSON members RFC 9457 defines, extension members last. */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    public static URI typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemTypes.MALFORMED_REQUEST;
            case 401 -> ProblemTypes.UNAUTHENTICATED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 409 -> ProblemTypes.CONFLICT;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ProblemTypes.VALIDATION;
            case 429 -> ProblemTypes.RATE_LIMITED;
            default -> status.is5xxServerError() ? ProblemTypes.INTERNAL : ProblemTypes.of("http-" + status.value());
        };
    }

    /** The type's own title, else the title of its status's general type (a feature's 409 reads as a conflict). */
    private String title(URI type, HttpStatusCode status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String reason = known != null ? known.getReasonPhrase() : String.valueOf(status.value());
        String general = messages.getMessage("problem.title." + slug(typeFor(status)), null, reason, locale);
        return messages.getMessage("problem.title." + slug(type), null, general, locale);
    }

    private static String slug(URI type) {
        String text = type.toString();
        return text.substring(text.lastIndexOf(':') + 1);
    }
}
