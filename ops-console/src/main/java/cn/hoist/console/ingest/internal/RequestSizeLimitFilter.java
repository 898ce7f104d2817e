package cn.hoist.console.ingest.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.hoist.platform.web.ProblemTypes;
import io.micrometer.core.instrument.Counter;

/**
 * Refuses agent requests larger than the configured size with 413, before authentication and before
 * any parsing: a declared Content-Length over the limit at once, a chunked body once it passes the
 * limit. The body is read into memory here, which JSON parsing would need anyway.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final int maxBytes;
    private final ProblemWriter problems;
    private final Counter refused;

    public RequestSizeLimitFilter(DataSize maxSize, ProblemWriter problems, Counter refused) {
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, maxSize.toBytes());
        this.problems = problems;
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refused.increment();
        problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                "agent.requestTooLarge", DataSize.ofBytes(maxBytes).toKilobytes() + " KB");
    }
}
