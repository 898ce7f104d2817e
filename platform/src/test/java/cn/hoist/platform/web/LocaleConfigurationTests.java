package cn.hoist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class LocaleConfigurationTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "                                  | zh-CN",
            "en-US,en;q=0.9                    | en",
            "zh-TW,zh;q=0.9,en;q=0.8           | zh-CN",
            "fr-FR,en;q=0.5                    | en",
            "de-DE                             | zh-CN",
            "not a header;q=x                  | zh-CN"})
    void picksTheBestSupportedLanguageAndDefaultsToSimplifiedChinese(String header, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (header != null) {
            request.addHeader("Accept-Language", header);
        }
        assertThat(LocaleConfiguration.fromAcceptLanguage(request)).isEqualTo(Locale.forLanguageTag(expected));
    }
}
