package cn.hoist.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Checks that a message bundle's languages say the same things: no key only in Chinese or only in English. */
public final class MessageBundles {

    private MessageBundles() {
    }

    /** {@code base} is e.g. {@code src/main/resources/messages}; compares base.properties with base_en.properties. */
    public static void assertSameKeys(String base) {
        Properties chinese = load(Path.of(base + ".properties"));
        Properties english = load(Path.of(base + "_en.properties"));
        assertThat(english.stringPropertyNames()).as("keys of %s_en.properties", base)
                .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        chinese.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, base).isNotBlank());
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return properties;
    }
}
