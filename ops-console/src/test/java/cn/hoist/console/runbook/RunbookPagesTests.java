package cn.hoist.console.runbook;

import static cn.hoist.console.ConsoleTestSupport.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.console.ConsoleTest;
import cn.hoist.testsupport.HttpTester;

/** The runbook pages in the reader's language: Chinese by default, English with {@code ?lang=en}. */
@ConsoleTest
class RunbookPagesTests {

    @LocalServerPort
    int port;

    HttpTester session;

    @BeforeEach
    void signIn() {
        session = new HttpTester("http://localhost:" + port);
        String csrf = session.get("/login").send().body()
                .replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        session.post("/login").form(Map.of("username", "admin", "password", ADMIN_PASSWORD, "_csrf", csrf)).send();
    }

    @Test
    void aChineseReaderGetsTheChineseRunbookAndALinkToTheEnglishOne() {
        var page = session.get("/runbooks/ups-on-battery").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>UPS 转电池供电</h1>").contains("<h2>含义</h2>").contains("<h2>恢复确认</h2>")
                .contains("不间断电源（UPS）正在用电池供电")
                // a line break of the source is no space between Chinese characters
                .contains("该检查在电量偏低（<code>snmp_ups_charge_percent</code>）")
                .contains("1.3.6.1.2.1.33.1.4.1.0   # upsOutputSource (5 = battery)")
                .contains("lang=\"zh-CN\"")
                .contains("href=\"/runbooks/ups-on-battery?lang=en\"")
                .doesNotContain("<h2>Meaning</h2>").doesNotContain("id=\"runbook-fallback\"");
    }

    @Test
    void langEnShowsTheEnglishRunbookAndALinkBackToChinese() {
        var page = session.get("/runbooks/ups-on-battery?lang=en").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>UPS on battery</h1>").contains("<h2>Meaning</h2>")
                .contains("<h2>Verification</h2>").contains("The UPS runs on battery")
                .contains("= 1). The\ncheck also warns")
                .contains("1.3.6.1.2.1.33.1.4.1.0   # upsOutputSource (5 = battery)")
                .contains("href=\"/runbooks/ups-on-battery?lang=zh-CN\"")
                .doesNotContain("<h2>含义</h2>").doesNotContain("id=\"runbook-fallback\"");
        // the choice sticks (cookie), as for every other page
        assertThat(session.get("/runbooks/clock-drift").send().body()).contains("<h1>Clock drift</h1>");
        assertThat(session.get("/runbooks/clock-drift?lang=zh-CN").send().body()).contains("<h1>时钟偏差</h1>");
    }

    @Test
    void theListHasTheTitlesInTheReadersLanguage() {
        var zh = session.get("/runbooks").send();
        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.body()).contains("打印机耗材不足").contains("证书即将到期").contains("printer-supply-low")
                .contains("href=\"/runbooks/printer-supply-low\"").doesNotContain("Printer supply low");
        var en = session.get("/runbooks?lang=en").send();
        assertThat(en.body()).contains("Printer supply low").contains("TLS certificate expiring")
                .doesNotContain("打印机耗材不足");
    }

    @Test
    void linksBetweenRunbooksOpenTheLinkedPageInTheReadersLanguage() {
        var page = session.get("/runbooks/agent-offline").send();
        assertThat(page.body()).contains("href=\"crm-health-down\">crm-health-down</a>")
                .doesNotContain("crm-health-down.zh-CN.md");
        assertThat(session.get("/runbooks/crm-health-down").send().body()).contains("<h1>CRM 健康检查异常</h1>");
        var english = session.get("/runbooks/agent-offline?lang=en").send();
        assertThat(english.body()).contains("href=\"crm-health-down\">crm-health-down</a>")
                .doesNotContain("crm-health-down.md");
    }

    @Test
    void unknownRunbooksAndFileNamesAreNotFound() {
        assertThat(session.get("/runbooks/no-such-runbook").send().status()).isEqualTo(404);
        assertThat(session.get("/runbooks/README").send().status()).isEqualTo(404);
        assertThat(session.get("/runbooks/ups-on-battery.zh-CN").send().status()).isEqualTo(404);
    }
}
