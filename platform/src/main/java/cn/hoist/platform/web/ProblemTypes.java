package cn.hoist.platform.web;

import java.net.URI;

/**
 * Stable problem {@code type} URIs. Clients switch on these, never on the human-readable title or
 * detail (which follow the caller's language). Listed in docs/api-errors.md.
 */
public final class ProblemTypes {

    public static final URI VALIDATION = of("validation");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI CONFLICT = of("conflict");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI RATE_LIMITED = of("rate-limited");
    public static final URI INTERNAL = of("internal");

    private ProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create("urn:hoist:problem:" + slug);
    }
}
