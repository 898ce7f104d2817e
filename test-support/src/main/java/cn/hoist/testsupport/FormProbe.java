package cn.hoist.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page forms' share of the bad-input suite: signs in, follows the program's links from its start page, and
 * posts every form it finds with one field at a time set to something hostile (NUL, invalid UTF-8, a script, SQL,
 * 30,000 characters, impossible dates and numbers), with the form's CSRF token as a browser would. It collects
 * every answer that breaks a promise of docs/security.md: a 5xx, a stack trace, class name or file path on the page,
 * and a script sent in a field that comes back unescaped.
 */
public final class FormProbe {

    private static final String SCRIPT = "<script>alert('hoist')</script>";

    private final int port;
    private final HttpTester http;
    private final List<String> findings = new ArrayList<>();
    private int posts;

    private FormProbe(int port, HttpTester http) {
        this.port = port;
        this.http = http;
    }

    /** Signs in with the sign-in form; fails if that does not work. */
    public static FormProbe signIn(int port, String user, String password) {
        HttpTester http = new HttpTester("http://localhost:" + port);
        String csrf = Jsoup.parse(http.get("/login").send().body()).select("input[name=_csrf]").val();
        var response = http.post("/login").form(Map.of("username", user, "password", password, "_csrf", csrf))
                .send();
        if (response.header("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Cannot sign in as " + user);
        }
        return new FormProbe(port, http);
    }

    /** Pages crawled (at most {@code maxPages}), then every form on them probed; returns the findings. */
    public List<String> probe(int maxPages, Predicate<String> actions) {
        Map<String, Element> forms = new LinkedHashMap<>();
        Map<String, String> formPage = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && seen.size() < maxPages) {
            String page = queue.poll();
            if (!seen.add(page)) {
                continue;
            }
            var response = http.get(page).send();
            check("GET " + page, response.status(), response.body(), null);
            if (response.status() / 100 == 3 && response.header("Location").isPresent()) {
                String target = local(URI.create("http://localhost:" + port + page)
                        .resolve(response.header("Location").get()).toString());
                if (target != null && !target.startsWith("/login")) {
                    queue.add(target);
                }
                continue;
            }
            if (response.status() != 200 || !response.header("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document document = Jsoup.parse(response.body(), "http://localhost:" + port + page);
            for (Element link : document.select("a[href]")) {
                String target = local(link.absUrl("href"));
                if (target != null && !target.contains("logout") && !target.contains("export")
                        && !seen.contains(target)) {
                    queue.add(target);
                }
            }
            for (Element form : document.select("form[method=post], form[method=get]")) {
                String action = local(form.absUrl("action"));
                if (action != null && actions.test(action)) {
                    String key = form.attr("method") + " " + action + " " + form.select("input[name],select[name],textarea[name]").eachAttr("name");
                    forms.putIfAbsent(key, form);
                    formPage.putIfAbsent(key, page);
                }
            }
        }
        forms.forEach((key, form) -> probeForm(formPage.get(key), form));
        return findings;
    }

    public int posts() {
        return posts;
    }

    private void probeForm(String page, Element form) {
        String action = local(form.absUrl("action"));
        Map<String, String> plausible = new LinkedHashMap<>();
        for (Element field : form.select("input[name],select[name],textarea[name]")) {
            String name = field.attr("name");
            if (name.equals("_csrf") || field.attr("type").equals("file") || field.attr("type").equals("password")) {
                continue;
            }
            plausible.putIfAbsent(name, plausible(field));
        }
        // the session's CSRF token stays valid for the whole session: read it once per form
        String csrf = Jsoup.parse(http.get(page).send().body()).select("input[name=_csrf]").val();
        for (String field : plausible.keySet()) {
            for (String hostile : hostile(form.selectFirst("[name=" + field + "]"))) {
                Map<String, String> values = new LinkedHashMap<>(plausible);
                values.put(field, hostile);
                post(csrf, action, values, field, form.attr("method").equalsIgnoreCase("get"));
            }
        }
    }

    private static String plausible(Element field) {
        if (field.tagName().equals("select")) {
            Element option = field.selectFirst("option[value]:not([value=''])");
            return option == null ? "" : option.attr("value");
        }
        if (field.attr("type").equals("checkbox") || field.attr("type").equals("radio")) {
            return field.attr("value").isEmpty() ? "on" : field.attr("value");
        }
        if (!field.val().isEmpty()) {
            return field.val();
        }
        return switch (field.attr("type")) {
            case "date" -> "2026-01-15";
            case "number" -> "1";
            case "email" -> "probe@example.cn";
            case "tel" -> "13800138000";
            default -> "测试";
        };
    }

    /** Raw form-encoded values: each already percent-encoded (so invalid UTF-8 can be sent). */
    private static List<String> hostile(Element field) {
        List<String> values = new ArrayList<>(List.of("%00", "a%00b", "%ff%fe", "%ED%A0%80",
                enc(SCRIPT), enc("' OR '1'='1'; --"), enc("长".repeat(30_000)), enc("${jndi:ldap://127.0.0.1:1/a}"),
                enc("../../../../etc/passwd"), ""));
        if (field != null && (field.attr("type").equals("date") || field.attr("type").equals("number"))) {
            values.addAll(List.of(enc("-999999999-01-01"), enc("+999999999-12-31"), "20260101", "1.5", "1e309",
                    "99999999999999999999", "-1"));
        }
        if (field != null && field.tagName().equals("select")) {
            values.add(enc("NO_SUCH_OPTION"));
            values.add(enc(UUID.randomUUID().toString()));
        }
        return values;
    }

    private void post(String csrf, String action, Map<String, String> values, String field, boolean get) {
        if (get) {
            StringBuilder query = new StringBuilder();
            values.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(enc(name)).append('=')
                    .append(name.equals(field) ? value : enc(value)));
            if (query.length() > 8_000) {
                return; // an address over Tomcat's limit: HostileRequestTests covers that once for all
            }
            var response = RawHttp.get(port, action + (action.contains("?") ? "&" : "?") + query,
                    "Cookie: " + http.cookies());
            posts++;
            check("GET " + action + " [" + field + "]", response.status(), response.body(), null);
            return;
        }
        StringBuilder body = new StringBuilder("_csrf=").append(enc(csrf));
        values.forEach((name, value) -> body.append('&').append(enc(name)).append('=')
                .append(name.equals(field) ? value : enc(value)));
        var response = http.post(action).bytes(body.toString().getBytes(StandardCharsets.ISO_8859_1),
                "application/x-www-form-urlencoded").send();
        posts++;
        String shown = values.get(field);
        check("POST " + action + " [" + field + " = " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
                + "]", response.status(), response.body(), shown.equals(enc(SCRIPT)) ? SCRIPT : null);
    }

    private void check(String request, int status, String body, String mustBeEscaped) {
        String problem = null;
        if (status >= 500) {
            problem = "a server error";
        } else if (OpenApiProbe.LEAK.matcher(body).find()) {
            problem = "a stack trace, class name or file path on the page";
        } else if (mustBeEscaped != null && body.contains(mustBeEscaped)) {
            problem = "the script came back unescaped";
        }
        if (problem != null) {
            findings.add(request + " -> " + status + ": " + problem);
        }
    }

    private String local(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        URI uri = URI.create(url.replace(" ", "%20"));
        if (uri.getPort() != port || !"localhost".equals(uri.getHost())) {
            return null;
        }
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** For a report: the findings, one per line, at most {@code limit}. */
    public static String describe(List<String> findings, int limit) {
        return findings.size() + " findings:\n" + String.join("\n", findings.subList(0, Math.min(limit,
                findings.size())));
    }
}
