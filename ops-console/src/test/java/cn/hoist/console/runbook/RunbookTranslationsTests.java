package cn.hoist.console.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every runbook in {@code runbooks/} ships in English ({@code NAME.md}) and Simplified Chinese
 * ({@code NAME.zh-CN.md}), and the two say the same thing where it matters to an engineer at a
 * keyboard: the same sections, the same commands, the same paths, keys and metric names.
 */
class RunbookTranslationsTests {

    /** The repository's runbooks, from the module's directory (where Maven runs the tests). */
    static final Path DIRECTORY = Path.of("..", "runbooks");

    private static final Pattern FILE = Pattern.compile("([a-z0-9][a-z0-9-]{0,63})(\\.zh-CN)?\\.md");
    private static final Pattern RUNBOOK_LINK = Pattern.compile("([a-z0-9][a-z0-9-]{0,63})(\\.zh-CN)?\\.md(#.*)?");

    @Test
    void everyRunbookHasBothLanguagesAndNoOtherFileIsInTheDirectory() throws IOException {
        Set<String> english = new TreeSet<>();
        Set<String> chinese = new TreeSet<>();
        List<String> strays = new ArrayList<>();
        for (String file : markdownFiles()) {
            Matcher m = FILE.matcher(file);
            if (file.startsWith("README")) {
                continue;
            }
            if (!m.matches()) {
                strays.add(file);
            } else if (m.group(2) == null) {
                english.add(m.group(1));
            } else {
                chinese.add(m.group(1));
            }
        }
        assertThat(strays).as("files named neither NAME.md nor NAME.zh-CN.md (e.g. a misspelt language)").isEmpty();
        assertThat(english).as("the runbooks").hasSizeGreaterThanOrEqualTo(13);
        assertThat(difference(english, chinese)).as("runbooks without their zh-CN version (NAME.zh-CN.md)").isEmpty();
        assertThat(difference(chinese, english)).as("zh-CN runbooks without their English version (NAME.md)").isEmpty();
    }

    @Test
    void theTwinsHaveTheSameSectionsCommandsCodeAndLinks() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : markdownFiles()) {
            Matcher m = FILE.matcher(file);
            if (!m.matches() || m.group(2) != null || !Files.exists(DIRECTORY.resolve(m.group(1) + ".zh-CN.md"))) {
                continue; // the test above reports missing twins
            }
            String name = m.group(1);
            problems.addAll(differences(name, read(name + ".md"), read(name + ".zh-CN.md")));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theTitleIsTheFirstHeadingAndEveryRunbookHasOne() throws IOException {
        for (String file : markdownFiles()) {
            if (FILE.matcher(file).matches()) {
                assertThat(read(file)).as(file + " starts with its title").startsWith("# ");
            }
        }
    }

    @Test
    void theConsolePackagesEveryRunbookInBothLanguages() throws IOException {
        Runbooks packaged = new Runbooks();
        Set<String> inDirectory = new TreeSet<>();
        for (String file : markdownFiles()) {
            Matcher m = FILE.matcher(file);
            if (m.matches()) {
                inDirectory.add(m.group(1));
            }
        }
        assertThat(packaged.names()).containsExactlyElementsOf(inDirectory);
        assertThat(packaged.missing(Runbooks.CHINESE)).isEmpty();
        assertThat(packaged.missing(Runbooks.ENGLISH)).isEmpty();
    }

    /** The checker itself finds what it is meant to find. */
    @Test
    void aChangedCommandAMissingSectionOrALostMetricIsFound() {
        String english = """
                # Disk full

                ## Meaning
                `host_disk_used_percent` is high.

                ## Diagnosis
                1. Look:
                   ```
                   df -h
                   ```
                See [spool-overflow](spool-overflow.md).
                """;
        String good = """
                # 磁盘已满

                ## 含义
                `host_disk_used_percent` 过高。

                ## 排查
                1. 查看：
                   ```
                   df -h
                   ```
                参见 [spool-overflow](spool-overflow.zh-CN.md)。
                """;
        assertThat(differences("x", english, good)).isEmpty();
        assertThat(differences("x", english, good.replace("df -h", "df -H"))).singleElement().asString()
                .contains("code blocks");
        assertThat(differences("x", english, good.replace("## 排查\n", ""))).singleElement().asString()
                .contains("headings");
        assertThat(differences("x", english, good.replace("`host_disk_used_percent`", "磁盘使用率")))
                .singleElement().asString().contains("host_disk_used_percent");
        assertThat(differences("x", english, good.replace("spool-overflow.zh-CN.md", "spool-overflow.md")))
                .isNotEmpty();
        assertThatThrownBy(() -> RunbookText.parse("```\ndf -h\n")).isInstanceOf(IllegalArgumentException.class);
    }

    static List<String> differences(String name, String englishMarkdown, String chineseMarkdown) {
        List<String> problems = new ArrayList<>();
        RunbookText en = RunbookText.parse(englishMarkdown);
        RunbookText zh = RunbookText.parse(chineseMarkdown);
        if (!en.headings().equals(zh.headings())) {
            problems.add(name + ": headings differ: en " + en.headings() + ", zh-CN " + zh.headings());
        }
        if (!en.codeBlocks().equals(zh.codeBlocks())) {
            problems.add(name + ": code blocks differ: en " + en.codeBlocks() + ", zh-CN " + zh.codeBlocks());
        }
        if (!en.inlineCode().equals(zh.inlineCode())) {
            problems.add(name + ": inline code only in en " + difference(en.inlineCode(), zh.inlineCode())
                    + ", only in zh-CN " + difference(zh.inlineCode(), en.inlineCode()));
        }
        List<String> enLinks = linkedRunbooks(en.links(), false);
        List<String> zhLinks = linkedRunbooks(zh.links(), true);
        if (!enLinks.equals(zhLinks)) {
            problems.add(name + ": links differ (en links NAME.md, zh-CN links NAME.zh-CN.md): en " + en.links()
                    + ", zh-CN " + zh.links());
        }
        for (String target : enLinks) {
            if (!Files.exists(DIRECTORY.resolve(target + ".md"))) {
                problems.add(name + ": links a runbook that does not exist: " + target);
            }
        }
        return problems;
    }

    /** The runbooks linked, or a marker for a link to the wrong language. */
    private static List<String> linkedRunbooks(List<String> links, boolean chinese) {
        List<String> names = new ArrayList<>();
        for (String link : links) {
            Matcher m = RUNBOOK_LINK.matcher(link);
            if (m.matches()) {
                names.add((m.group(2) != null) == chinese ? m.group(1) : "wrong language: " + link);
            }
        }
        return names;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static List<String> markdownFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".md")).sorted().toList();
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8);
    }
}
