package cn.hoist.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import cn.hoist.testsupport.HttpTester;

/** A browser-like session on the pages: signed in with a form, CSRF token sent with every form post. */
public final class PageSession {

    private final HttpTester http;

    private PageSession(HttpTester http) {
        this.http = http;
    }

    public static PageSession signIn(int port, String username, String password) {
        PageSession session = new PageSession(new HttpTester("http://localhost:" + port));
        var response = session.submit("/login", "/login", Map.of("username", username, "password", password));
        assertThat(response.header("Location")).get().asString().doesNotContain("error");
        return session;
    }

    public HttpTester.Response get(String path) {
        return http.get(path).send();
    }

    /** Posts a form as the page at {@code pagePath} would, with that page's CSRF token. */
    public HttpTester.Response submit(String pagePath, String action, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("_csrf", csrf(pagePath));
        return http.post(action).form(all).send();
    }

    public HttpTester http() {
        return http;
    }

    /** The CSRF token a form on this page carries (for posts built by hand, such as a file upload). */
    public String csrf(String pagePath) {
        String body = http.get(pagePath).send().body();
        return body.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    }
}
