package cn.hoist.console.ingest.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.hoist.platform.web.Problems;
import tools.jackson.databind.json.JsonMapper;

/** Answers a request with a problem detail from a filter or interceptor, before any controller runs. */
@Component
public class ProblemWriter {

    private final Problems problems;
    private final JsonMapper json;

    public ProblemWriter(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
            String detailKey, Object... arguments) throws IOException {
        Problems.write(response, problems.create(status, type, detailKey, arguments, request), json);
    }
}
