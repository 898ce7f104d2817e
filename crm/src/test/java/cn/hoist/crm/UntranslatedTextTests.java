package cn.hoist.crm;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

import cn.hoist.testsupport.HttpTester;

/**
 * A crawl of the CRM's pages in zh-CN, signed in as admin, with data on them: no page may show a message key that
 * has no translation (Thymeleaf renders it as {@code ??key_zh_CN??}) or an English sentence of our own bundles
 * (a value of three words or more that only the English bundle has), in its text or in what it says in attributes
 * (placeholders, titles, labels for screen readers, confirmations).
 */
@CrmTest
class UntranslatedTextTests {

    private static final int MAX_PAGES = 200;
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");
    private static final Pattern SAID_IN_ATTRIBUTES = Pattern.compile(
            "(?:placeholder|title|aria-label|data-confirm|alt)=\"([^\"]*)\"");
    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    /** Where a crawl does not go: downloads, other languages, leaving, and what is not a page. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "lang=|/logout|/export|/template\\.|/swagger|/v3/|/actuator|/webjars/|/css/|/js/|/hoist/|\\.(css|js|ico)$");

    @LocalServerPort
    int port;

    static List<String> englishSentences;

    @BeforeAll
    static void loadBundles() throws IOException {
        Set<String> chinese = new HashSet<>();
        chinese.addAll(values("messages.properties").values());
        chinese.addAll(values("hoist/platform-messages.properties").values());
        Map<String, String> english = new LinkedHashMap<>(values("messages_en.properties"));
        english.putAll(values("hoist/platform-messages_en.properties"));
        Set<String> sentences = new LinkedHashSet<>();
        english.forEach((key, value) -> {
            if (!chinese.contains(value) && !key.startsWith("program.")) {
                fixedParts(value).stream().filter(part -> part.split("\\s+").length >= 3).forEach(sentences::add);
            }
        });
        englishSentences = List.copyOf(sentences);
    }

    @Test
    void noZhCnPageShowsAMissingKeyOrAnEnglishSentence() {
        PageSession admin = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        DataOnPages data = DataOnPages.create(new HttpTester("http://localhost:" + port));
        Map<String, List<String>> findings = new LinkedHashMap<>();
        int pages = crawl(admin, data, UntranslatedTextTests::problems, findings);
        var refused = admin.submit("/customers/new", "/customers/new",
                Map.of("kind", "COMPANY", "name", "", "mobile", "123", "source", "WALK_IN"));
        List<String> formProblems = problems(refused.body());
        if (!formProblems.isEmpty()) {
            findings.put("POST /customers/new (refused)", formProblems);
        }

        assertThat(pages).as("pages crawled").isGreaterThan(15);
        assertThat(findings).as("untranslated text on zh-CN pages").isEmpty();
    }

    /** English is the second language, complete too: no English page shows a key without a message. */
    @Test
    void noEnglishPageShowsAMissingKey() {
        PageSession admin = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        admin.get("/?lang=en");
        DataOnPages data = DataOnPages.create(new HttpTester("http://localhost:" + port));
        Map<String, List<String>> findings = new LinkedHashMap<>();
        int pages = crawl(admin, data, UntranslatedTextTests::missingKeys, findings);

        assertThat(pages).as("pages crawled").isGreaterThan(15);
        assertThat(findings).as("missing keys on English pages").isEmpty();
    }

    /** Visits every page reachable from the start pages; returns how many it saw. */
    private static int crawl(PageSession session, DataOnPages data, Function<String, List<String>> check,
            Map<String, List<String>> findings) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/customers", "/vehicles", "/audit", "/imports",
                "/merges", "/admin/users", "/admin/stores", "/customers/new", "/customers/" + data.customerId(),
                "/customers/" + data.unplatedCustomerId(),
                "/customers?q=" + URLEncoder.encode(data.name(), StandardCharsets.UTF_8),
                "/customers/search?q=" + data.plate(), "/vehicles?q=" + data.plate(), "/audit?entityType=CUSTOMER",
                "/audit?entityType=CONSENT"));
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            var page = session.get(path);
            assertThat(page.status()).as(path).isIn(200, 302);
            if (page.status() != 200) {
                continue;
            }
            List<String> problems = check.apply(page.body());
            if (!problems.isEmpty()) {
                findings.put(path, problems);
            }
            links(page.body()).stream().filter(link -> !seen.contains(link)).forEach(queue::add);
        }
        return seen.size();
    }

    /** The check itself must be able to fail: the English pages are full of the sentences it looks for. */
    @Test
    void theCheckFindsEnglishSentencesOnAnEnglishPage() {
        PageSession admin = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        assertThat(englishSentences).hasSizeGreaterThan(50);
        assertThat(problems(admin.get("/imports?lang=en").body())).isNotEmpty();
        assertThat(problems("<p>??customers.nothing_zh_CN??</p>")).isNotEmpty();
    }

    private static List<String> problems(String html) {
        String text = said(html);
        List<String> problems = new ArrayList<>(missingKeys(html));
        englishSentences.stream().filter(text::contains).forEach(problems::add);
        return problems;
    }

    private static List<String> missingKeys(String html) {
        List<String> missing = new ArrayList<>();
        Matcher key = MISSING_KEY.matcher(said(html));
        while (key.find()) {
            missing.add(key.group());
        }
        return missing;
    }

    /** What a page says to its reader: its text and its attributes meant for people, one space between words. */
    private static String said(String html) {
        StringBuilder said = new StringBuilder();
        Matcher attributes = SAID_IN_ATTRIBUTES.matcher(html);
        while (attributes.find()) {
            said.append(' ').append(attributes.group(1));
        }
        String body = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(said.append(' ').append(body).toString()).replaceAll("\\s+", " ");
    }

    private static Set<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            String link = HtmlUtils.htmlUnescape(href.group(1));
            if (!NOT_A_PAGE.matcher(link).find() && !link.contains("#")) {
                links.add(link);
            }
        }
        return links;
    }

    /** The parts of a message between its placeholders, as MessageFormat writes them ('' is one quote). */
    static List<String> fixedParts(String message) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 0;
        for (char ch : message.toCharArray()) {
            if (ch == '{') {
                depth++;
                if (depth == 1) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
            } else if (ch == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                part.append(ch);
            }
        }
        parts.add(part.toString());
        return parts.stream().map(p -> p.replace("''", "'").strip().replaceAll("\\s+", " "))
                .filter(p -> !p.isEmpty()).toList();
    }

    private static Map<String, String> values(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.forEach((k, v) -> values.put((String) k, (String) v));
        return values;
    }

    /** Data for the pages to show: a customer with a car, contact, address, consent and changes; one without plate. */
    record DataOnPages(String customerId, String unplatedCustomerId, String name, String plate) {

        static DataOnPages create(HttpTester http) {
            String name = "翻译检查" + CrmTestData.mobile().substring(7);
            String plate = CrmTestData.plate();
            String id = CrmTestData.customerWithCar(http, name, CrmTestData.mobile(), plate, CrmTestData.vin());
            http.put("/api/customers/" + id).basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                    "name", name, "mobile", CrmTestData.mobile(), "source", "PHONE", "email", "a@example.com")).send();
            http.post("/api/customers/" + id + "/contacts").basic("admin", ADMIN_PASSWORD)
                    .json(Map.of("name", "联系人甲", "mobile", CrmTestData.mobile())).send();
            http.post("/api/customers/" + id + "/consents").basic("admin", ADMIN_PASSWORD)
                    .json(Map.of("purpose", "MARKETING", "channel", "SMS", "granted", true)).send();
            String unplated = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "COMPANY",
                    "name", name + "公司", "creditCode", "91110000600037341L", "source", "REFERRAL")).send().json()
                    .get("id").asString();
            http.post("/api/customers/" + unplated + "/vehicles").basic("admin", ADMIN_PASSWORD)
                    .json(Map.of("vin", CrmTestData.vin())).send();
            return new DataOnPages(id, unplated, name, plate);
        }
    }
}
