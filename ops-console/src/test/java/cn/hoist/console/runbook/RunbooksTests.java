package cn.hoist.console.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which language a reader gets, and the other one when a translation is missing. */
class RunbooksTests {

    @TempDir
    Path dir;

    @Test
    void aReaderGetsTheirLanguageAndTheOtherOneMarkedWhenItIsMissing() throws IOException {
        Files.writeString(dir.resolve("both.md"), "# Both\n\n## Meaning\nEnglish.\n");
        Files.writeString(dir.resolve("both.zh-CN.md"), "# 两种语言\r\n\r\n## 含义\r\n中文。\r\n");
        Files.writeString(dir.resolve("english-only.md"), "# English only\n");
        Files.writeString(dir.resolve("chinese-only.zh-CN.md"), "# 只有中文\n");
        Files.writeString(dir.resolve("README.md"), "# Not a runbook\n");
        Files.writeString(dir.resolve("Bad.zh-cn.md"), "# Not a runbook either\n");
        Runbooks runbooks = new Runbooks("file:" + dir.toAbsolutePath() + "/*.md");

        assertThat(runbooks.names()).containsExactly("both", "chinese-only", "english-only");

        Runbooks.Text zh = runbooks.read("both", Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertThat(zh.language()).isEqualTo(Runbooks.CHINESE);
        assertThat(zh.title()).isEqualTo("两种语言");
        assertThat(zh.markdown()).isEqualTo("# 两种语言\n\n## 含义\n中文。\n");
        assertThat(zh.fallback()).isFalse();
        assertThat(zh.otherLanguage()).contains(Runbooks.ENGLISH);

        Runbooks.Text en = runbooks.read("both", Locale.forLanguageTag("en-GB")).orElseThrow();
        assertThat(en.language()).isEqualTo(Runbooks.ENGLISH);
        assertThat(en.title()).isEqualTo("Both");
        assertThat(en.otherLanguage()).contains(Runbooks.CHINESE);

        Runbooks.Text englishForChinese = runbooks.read("english-only", Locale.forLanguageTag("zh-TW")).orElseThrow();
        assertThat(englishForChinese.language()).isEqualTo(Runbooks.ENGLISH);
        assertThat(englishForChinese.fallback()).isTrue();
        assertThat(englishForChinese.otherLanguage()).isEmpty();

        Runbooks.Text chineseForEnglish = runbooks.read("chinese-only", Locale.ENGLISH).orElseThrow();
        assertThat(chineseForEnglish.language()).isEqualTo(Runbooks.CHINESE);
        assertThat(chineseForEnglish.fallback()).isTrue();
        assertThat(chineseForEnglish.title()).isEqualTo("只有中文");

        assertThat(runbooks.read("README", Locale.ENGLISH)).isEmpty();
        assertThat(runbooks.read("../both", Locale.ENGLISH)).isEmpty();
        assertThat(runbooks.missing(Runbooks.CHINESE)).containsExactly("english-only");
        assertThat(runbooks.missing(Runbooks.ENGLISH)).containsExactly("chinese-only");
        assertThat(runbooks.all(Locale.ENGLISH)).extracting(Runbooks.Text::title)
                .containsExactly("Both", "只有中文", "English only");
    }

    @Test
    void otherLanguagesReadEnglishAndNoLocaleReadsEnglish() {
        assertThat(Runbooks.languageFor(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Runbooks.CHINESE);
        assertThat(Runbooks.languageFor(Locale.forLanguageTag("zh"))).isEqualTo(Runbooks.CHINESE);
        assertThat(Runbooks.languageFor(Locale.GERMAN)).isEqualTo(Runbooks.ENGLISH);
        assertThat(Runbooks.languageFor(null)).isEqualTo(Runbooks.ENGLISH);
    }

    @Test
    void aRunbookWithoutAHeadingIsTitledByItsName() {
        assertThat(Runbooks.title("No heading\n## Section\n", "x")).isEqualTo("x");
        assertThat(Runbooks.title("Intro\n# Title \n", "x")).isEqualTo("Title");
    }

    @Test
    void thePackagedRunbooksStillCoverChecksAndEvents() {
        Runbooks runbooks = new Runbooks();
        assertThat(runbooks.forCheck("snmp.ups", "CRITICAL")).isEqualTo(Optional.of("ups-on-battery"));
        assertThat(runbooks.forCheck("snmp.ups", "OK")).isEmpty();
        assertThat(runbooks.forEvent("link-up")).contains("interface-down");
        assertThat(runbooks.forEvent("no-such-event")).isEmpty();
    }
}
