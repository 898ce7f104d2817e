package cn.hoist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.mock.web.MockHttpServletRequest;

class ProblemsTests {

    final Problems problems = new Problems(messages(), LocaleConfiguration.localeResolver());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("hoist/platform-messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void statusesMapToStableTypes() {
        assertThat(Problems.typeFor(HttpStatus.NOT_FOUND)).isEqualTo(ProblemTypes.NOT_FOUND);
        assertThat(Problems.typeFor(HttpStatus.UNAUTHORIZED)).isEqualTo(ProblemTypes.UNAUTHENTICATED);
        assertThat(Problems.typeFor(HttpStatusCode.valueOf(413))).isEqualTo(ProblemTypes.PAYLOAD_TOO_LARGE);
        assertThat(Problems.typeFor(HttpStatus.BAD_GATEWAY)).isEqualTo(ProblemTypes.INTERNAL);
        assertThat(Problems.typeFor(HttpStatusCode.valueOf(418)).toString()).isEqualTo("urn:hoist:problem:http-418");
    }

    @Test
    void titleAndDetailFollowTheCallersLanguage() {
        MockHttpServletRequest chinese = new MockHttpServletRequest("GET", "/api/x");
        var zh = problems.forStatus(HttpStatus.NOT_FOUND, chinese);
        assertThat(zh.getTitle()).isEqualTo("未找到");
        assertThat(zh.getInstance()).hasToString("/api/x");

        MockHttpServletRequest english = new MockHttpServletRequest("GET", "/api/x");
        english.addHeader("Accept-Language", "en");
        english.addPreferredLocale(Locale.ENGLISH);
        var en = problems.forStatus(HttpStatus.NOT_FOUND, english);
        assertThat(en.getTitle()).isEqualTo("Not found");
        assertThat(en.getDetail()).isEqualTo("The requested resource does not exist.");
        assertThat(Problems.asMap(en)).containsKeys("type", "title", "status", "detail", "instance");
    }

    @Test
    void aServerFailureTellsTheUserAnErrorIdToQuote() {
        var problem = problems.forStatus(HttpStatus.INTERNAL_SERVER_ERROR, new MockHttpServletRequest("GET", "/x"));
        Object errorId = problem.getProperties().get(Problems.ERROR_ID);
        assertThat(errorId).asString().hasSize(36);
        assertThat(problem.getDetail()).contains(errorId.toString()).doesNotContain("{0}");
        assertThat(problem.getType()).isEqualTo(ProblemTypes.INTERNAL);
        var another = problems.forStatus(HttpStatus.BAD_GATEWAY, new MockHttpServletRequest("GET", "/x"));
        assertThat(another.getProperties().get(Problems.ERROR_ID)).isNotEqualTo(errorId);
    }

    @Test
    void aFeaturesOwnTypeWithoutATitleOfItsOwnReadsAsItsStatus() {
        var problem = problems.create(HttpStatus.CONFLICT, ProblemTypes.of("duplicate-vin"), "problem.detail.conflict",
                null, new MockHttpServletRequest("GET", "/api/vehicles"));
        assertThat(problem.getTitle()).isEqualTo("与现有数据冲突");
    }
}
