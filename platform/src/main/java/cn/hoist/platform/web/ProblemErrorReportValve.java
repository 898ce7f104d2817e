package cn.hoist.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat answers some requests itself, before any Hoist code runs: a path with {@code %2F}, {@code %5C},
 * {@code %00} or a broken escape, a head larger than the connector takes, a body over the multipart limit. Its
 * own report is an HTML page in English that names Tomcat; this answers a problem detail instead, in Chinese
 * unless the client asks for English, with the same stable types as every other Hoist error. It only
 * writes when nothing has been written yet (a Hoist error page or problem always wins).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        boolean english = request.getHeader("Accept-Language") != null
                && request.getHeader("Accept-Language").toLowerCase(Locale.ROOT).startsWith("en");
        Kind kind = Kind.of(status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + kind.type + "\",\"title\":\"" + (english ? kind.titleEn : kind.titleZh)
                        + "\",\"status\":" + status + ",\"detail\":\"" + (english ? kind.detailEn : kind.detailZh)
                        + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response is closed: nothing more to tell it
        }
    }

    private enum Kind {
        TOO_LARGE(ProblemTypes.PAYLOAD_TOO_LARGE, "请求内容过大", "Payload too large",
                "请求的地址、头部或正文超过允许的大小。", "The request's address, headers or body exceed the allowed size."),
        MALFORMED(ProblemTypes.MALFORMED_REQUEST, "请求格式错误", "Malformed request",
                "请求无法解析：地址中含有不允许的字符或编码。", "The request cannot be parsed: its address has characters or escapes that are not allowed."),
        INTERNAL(ProblemTypes.INTERNAL, "服务器内部错误", "Internal server error",
                "服务器出错，请稍后重试；如仍出错，请联系管理员。", "The server failed; try again later, and tell the administrator if it persists.");

        private final String type;
        private final String titleZh;
        private final String titleEn;
        private final String detailZh;
        private final String detailEn;

        Kind(java.net.URI type, String titleZh, String titleEn, String detailZh, String detailEn) {
            this.type = type.toString();
            this.titleZh = titleZh;
            this.titleEn = titleEn;
            this.detailZh = detailZh;
            this.detailEn = detailEn;
        }

        static Kind of(int status) {
            return switch (status) {
                case 413, 414, 431 -> TOO_LARGE;
                default -> status >= 500 ? INTERNAL : MALFORMED;
            };
        }
    }
}
