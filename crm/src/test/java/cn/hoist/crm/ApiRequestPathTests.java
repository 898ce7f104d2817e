package cn.hoist.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.actuate.endpoint.web.WebMvcEndpointHandlerMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.hoist.testsupport.HttpTester;

/**
 * What every API call goes through, kept to what it needs (docs/benchmarks.md, "CRM search"): the application's
 * mappings are asked before the actuator's, the API's filter chain has no saved-request or sign-out step, and
 * request metrics are kept without a gauge of requests in flight or an observation of each security filter. The
 * actuator still answers at its paths.
 */
@CrmTest
class ApiRequestPathTests {

    @LocalServerPort
    int port;

    @Autowired
    DispatcherServlet dispatcher;

    @Autowired
    FilterChainProxy security;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    @Test
    void theApplicationsMappingsComeBeforeTheActuatorsAndBothAnswer() {
        assertThat(http.get("/actuator/health").send().status()).isEqualTo(200);
        assertThat(http.get("/actuator/env").basic("monitor", "monitor-test-password").send().status()).isEqualTo(200);
        assertThat(search().status()).isEqualTo(200);

        List<Class<?>> order = dispatcher.getHandlerMappings().stream().<Class<?>>map(HandlerMapping::getClass).toList();
        assertThat(order.indexOf(RequestMappingHandlerMapping.class)).isNotNegative()
                .isLessThan(order.indexOf(WebMvcEndpointHandlerMapping.class));
    }

    @Test
    void theApiChainAuthenticatesWithoutSavedRequestsOrSignOut() {
        List<Class<?>> filters = security.getFilters("/api/customers").stream().<Class<?>>map(Object::getClass)
                .toList();
        assertThat(filters).contains(BasicAuthenticationFilter.class)
                .doesNotContain(RequestCacheAwareFilter.class, LogoutFilter.class);
        assertThat(security.getFilterChains().stream()
                .filter(chain -> chain.matches(new MockHttpServletRequest("GET", "/login"))).findFirst().orElseThrow()
                .getFilters()).as("the pages keep both").anyMatch(RequestCacheAwareFilter.class::isInstance)
                .anyMatch(LogoutFilter.class::isInstance);
    }

    @Test
    void requestsAreCountedAndTimedWithoutAGaugeOfRequestsInFlightOrSecurityObservations() {
        assertThat(search().status()).isEqualTo(200);
        String metrics = http.get("/actuator/prometheus").basic("metrics", "metrics-test-password").send().body();
        assertThat(metrics).contains("http_server_requests_seconds_count{").contains("uri=\"/api/customers\"")
                .doesNotContain("http_server_requests_active")
                .as("no observation of each security filter (platform: SecurityObservationSettings)")
                .doesNotContain("spring_security_");
    }

    private HttpTester.Response search() {
        return http.get("/api/customers?q=1234").basic("admin", CrmTest.ADMIN_PASSWORD).send();
    }
}
