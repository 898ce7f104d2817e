package cn.hoist.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The desk flow in a real browser (Debian's headless Chromium): sign in, register a customer and a
 * car, and watch the search box find them as a plate fragment is typed. Skipped, with a notice,
 * where chromium and chromedriver are not installed ({@code apt-get install chromium chromium-driver}).
 */
@CrmTest
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser(@TempDir Path profile) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipping the browser test: /usr/bin/chromium and /usr/bin/chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1024,1366", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void registersACustomerAndACarAndFindsThemAsAPlateFragmentIsTyped() throws Exception {
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(CrmTest.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        browser.get(base + "/customers/new?lang=zh-CN");
        browser.findElement(By.id("name")).sendKeys("浏览器客户");
        String mobile = CrmTestData.mobile();
        browser.findElement(By.id("mobile")).sendKeys(mobile);
        browser.findElement(By.cssSelector("form button.primary")).click();
        waitFor(() -> browser.findElements(By.id("customer-name")).size() == 1);
        assertThat(browser.findElement(By.id("mobile")).getText()).contains("****");

        browser.findElement(By.cssSelector("a[href$='/vehicles/new']")).click();
        String plate = "京AF" + mobile.substring(6);
        browser.findElement(By.id("plate")).sendKeys(plate);
        waitFor(() -> "HYBRID".equals(browser.findElement(By.id("energy")).getDomProperty("value")));
        browser.findElement(By.cssSelector("form button.primary")).click();
        waitFor(() -> browser.findElements(By.id("vehicles")).size() == 1);
        assertThat(browser.findElement(By.id("vehicles")).getText()).contains(plate).contains("混动");

        browser.get(base + "/customers");
        browser.findElement(By.id("q")).sendKeys(plate.substring(3, 7));
        // The hits table (with plates) replaces the plain list only when htmx fetched the results.
        waitFor(() -> browser.findElements(By.cssSelector("#results table.hits")).size() == 1
                && browser.findElement(By.cssSelector("#results table.hits")).getText().contains(plate));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target/browser-search.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for the page");
            }
            Thread.sleep(100);
        }
    }
}
