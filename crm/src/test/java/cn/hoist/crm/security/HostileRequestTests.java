package cn.hoist.crm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.PageSession;
import cn.hoist.testsupport.RawHttp;

/**
 * What the hostile probe of the running suite found on the CRM (issue 17): each request is a client's mistake or an
 * attacker's try and must get a 4xx problem detail (API) or the error page (pages) — never a 500, Tomcat's HTML, a
 * stack trace or an ERROR in the log.
 */
@CrmTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestTests {

    private static final String AUTH = "Authorization: Basic "
            + Base64.getEncoder().encodeToString(("admin:" + CrmTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Test
    void malformedPercentEncodingInAQueryIsABadRequest(CapturedOutput output) {
        for (String path : List.of("/api/customers?q=%ff%fe", "/api/customers?q=%E4%B8", "/api/vehicles?q=%ff",
                "/api/customers?q=%zz")) {
            var response = RawHttp.get(port, path, AUTH);
            assertProblem(response, 400);
        }
        var login = RawHttp.get(port, "/login?x=%ff");
        assertThat(login.status()).as(login.toString()).isIn(200, 400);
        assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("at org.apache");
    }

    @Test
    void oddPathsAndOversizedHeadsAreProblemsNotTomcatPages() {
        for (String path : List.of("/api/customers/%2F", "/api/customers/%5c", "/api/customers/%00",
                "/api/customers/%zz", "/api/customers/..%2F..%2Fetc")) {
            var response = RawHttp.get(port, path, AUTH);
            assertThat(response.status()).as(path + "\n" + response).isBetween(400, 404);
            assertThat(response.body()).as(path).doesNotContain("Apache Tomcat").doesNotContain("<html");
        }
        assertProblem(RawHttp.get(port, "/api/customers", "Authorization: Bearer " + "x".repeat(9_000)), 431, 400);
        assertProblem(RawHttp.get(port, "/api/customers?q=" + "a".repeat(100_000), AUTH), 414, 400, 431);
    }

    @Test
    void theErrorPathAloneIsNotAServerError() {
        var anonymous = RawHttp.get(port, "/error", "Accept: application/json");
        assertThat(anonymous.status()).as(anonymous.toString()).isLessThan(500);
        var page = RawHttp.get(port, "/error", "Accept: text/html");
        assertThat(page.status()).as(page.toString()).isLessThan(500);
    }

    @Test
    void brokenUploadsAreBadRequests() {
        assertProblem(RawHttp.send(port, "POST /api/imports?dryRun=true HTTP/1.1\r\nHost: localhost\r\n" + AUTH
                + "\r\nContent-Type: multipart/form-data\r\nContent-Length: 10", "0123456789".getBytes()), 400);
        String boundary = "XyZ";
        byte[] truncated = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\nname,mobile\r\n").getBytes(StandardCharsets.UTF_8);
        assertProblem(RawHttp.send(port, "POST /api/imports?dryRun=true HTTP/1.1\r\nHost: localhost\r\n" + AUTH
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
                + truncated.length, truncated), 400);
        byte[] nul = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\0.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\nname,mobile\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(RawHttp.send(port, "POST /api/imports?dryRun=true HTTP/1.1\r\nHost: localhost\r\n" + AUTH
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
                + nul.length, nul), 400);
    }

    @Test
    void anUploadOverTheLimitIsAProblem() {
        // announced as 22 MB, over the 21 MB limit: refused before the body is read
        var response = RawHttp.send(port, "POST /api/imports?dryRun=true HTTP/1.1\r\nHost: localhost\r\n" + AUTH
                + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + 22 * 1024 * 1024,
                "--b\r\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(response, 413);
    }

    @Test
    void aPasswordLongerThanBcryptTakesIsAFieldErrorNotAServerError() {
        PageSession admin = PageSession.signIn(port, "admin", CrmTest.ADMIN_PASSWORD);
        var response = admin.submit("/admin/users", "/admin/users", Map.of("username", "longpw",
                "roles", "FRONT_DESK", "enabled", "true", "password", "密码".repeat(13)));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("72");
    }

    @Test
    void everyPageAndProblemCarriesAContentSecurityAndReferrerPolicy() {
        for (var response : List.of(RawHttp.get(port, "/login"), RawHttp.get(port, "/api/customers", AUTH),
                RawHttp.get(port, "/api/nothing", AUTH))) {
            assertThat(response.header("Content-Security-Policy")).as(response.head()).get().asString()
                    .containsAnyOf("default-src 'self'", "default-src 'none'").contains("frame-ancestors")
                    .doesNotContain("unsafe");
            assertThat(response.header("Referrer-Policy")).as(response.head()).contains("same-origin");
        }
    }

    private static void assertProblem(RawHttp.Response response, Integer... statuses) {
        assertThat(response.status()).as(response.toString()).isIn((Object[]) statuses);
        assertThat(response.header("Content-Type")).as(response.toString()).get().asString()
                .startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("/work/").doesNotContain("<html");
    }
}
