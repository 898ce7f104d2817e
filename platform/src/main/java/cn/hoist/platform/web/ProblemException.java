package cn.hoist.platform.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A user-facing failure that becomes a problem detail: its type, status, and a message key in the
 * program's message bundle (arguments are formatted into it in the caller's language). Extra
 * properties become members of the problem object.
 */
public class ProblemException extends RuntimeException {

    private final URI type;
    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;
    private final transient Map<String, Object> properties;

    public ProblemException(URI type, HttpStatus status, String messageKey, Object... arguments) {
        this(type, status, messageKey, Map.of(), arguments);
    }

    public ProblemException(URI type, HttpStatus status, String messageKey, Map<String, Object> properties,
            Object... arguments) {
        super(messageKey);
        this.type = type;
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.properties = Map.copyOf(properties);
    }

    public static ProblemException notFound(String messageKey, Object... arguments) {
        return new ProblemException(ProblemTypes.NOT_FOUND, HttpStatus.NOT_FOUND, messageKey, arguments);
    }

    public static ProblemException conflict(String messageKey, Object... arguments) {
        return new ProblemException(ProblemTypes.CONFLICT, HttpStatus.CONFLICT, messageKey, arguments);
    }

    public static ProblemException invalid(String messageKey, Object... arguments) {
        return new ProblemException(ProblemTypes.VALIDATION, HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    public URI type() {
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
