package cn.hoist.platform.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a query string that is not valid percent-encoded UTF-8 ({@code ?q=%ff%fe}, {@code ?q=%E4%B8},
 * {@code ?q=%zz}) with a 400 problem, before anything reads a parameter: Tomcat would otherwise throw from the
 * first {@code getParameter} wherever that happens (a controller, a security filter, the sign-in page) and
 * the request would end as a 500 with a stack trace in the log. It also keeps the request's method for the
 * error log, which sees only the error dispatch.
 */
public class QueryStringGuard extends OncePerRequestFilter {

    /** The method of the request as it came in (an error dispatch may not show it). */
    public static final String ORIGINAL_METHOD = QueryStringGuard.class.getName() + ".method";

    private final Problems problems;
    private final JsonMapper json;

    public QueryStringGuard(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ORIGINAL_METHOD, request.getMethod());
        String query = request.getQueryString();
        if (query != null && !isValid(query)) {
            ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                    "problem.detail.invalid-query-encoding", null, request);
            Problems.write(response, problem, json);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Every {@code %XY} a hex escape, and the bytes they spell (with the plain characters) valid UTF-8. */
    static boolean isValid(String query) {
        byte[] bytes = new byte[query.length() * 3];
        int length = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()) {
                    return false;
                }
                int high = Character.digit(query.charAt(i + 1), 16);
                int low = Character.digit(query.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes[length++] = (byte) (high << 4 | low);
                i += 2;
            } else if (c <= 0xff) {
                bytes[length++] = (byte) c; // a raw byte as the client sent it
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8); // already decoded by the server
                System.arraycopy(utf8, 0, bytes, length, utf8.length);
                length += utf8.length;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
