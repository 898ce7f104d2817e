package cn.hoist.console.ingest.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.hoist.console.ingest.IngestProperties;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agent protocol's limits, request size (a servlet filter) and per-agent rate (an MVC interceptor),
 * and the reading of report batches.
 */
@Configuration(proxyBeanMethods = false)
class IngestWebConfiguration implements WebMvcConfigurer {

    static final String REPORTS = "/api/agent/v1/reports";

    private final IngestProperties properties;
    private final ProblemWriter problems;
    private final MeterRegistry meters;
    private final TokenBuckets buckets;
    private final JsonMapper json;

    IngestWebConfiguration(IngestProperties properties, ProblemWriter problems, MeterRegistry meters, JsonMapper json) {
        this.properties = properties;
        this.problems = problems;
        this.meters = meters;
        this.json = json;
        this.buckets = new TokenBuckets(properties.requestsPerSecond(), properties.burst(), System::nanoTime);
    }

    /** Before Spring Security (order -100), so an oversized body is refused before anything else is done. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> agentRequestSizeLimit() {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestSize(),
                problems, meters.counter("hoist.ingest.rejected", "reason", "too-large")));
        registration.addUrlPatterns("/api/agent/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.addCustomConverter(new ReportBatchConverter(json));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (properties.rateLimited()) {
            registry.addInterceptor(new RateLimitInterceptor(buckets, problems,
                    meters.counter("hoist.ingest.rejected", "reason", "rate-limited"))).addPathPatterns(REPORTS);
        }
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void evictIdleBuckets() {
        buckets.evictFull();
    }
}
