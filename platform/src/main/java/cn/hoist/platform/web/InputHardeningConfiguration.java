package cn.hoist.platform.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import tools.jackson.databind.json.JsonMapper;

/**
 * What every program does with input before and around its own code, so that a client's mistake or an attacker's
 * try is a 4xx problem and never a 500, Tomcat's own page or a value nobody meant (docs/security.md, "Input").
 */
@Configuration(proxyBeanMethods = false)
public class InputHardeningConfiguration {

    /** Before everything else, Spring Security included: see {@link QueryStringGuard}. */
    @Bean
    FilterRegistrationBean<QueryStringGuard> queryStringGuard(Problems problems, JsonMapper json) {
        FilterRegistrationBean<QueryStringGuard> registration = new FilterRegistrationBean<>(
                new QueryStringGuard(problems, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Numbers that are numbers and dates a person would mean, in every program's JSON: {@link StrictInput}. */
    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return StrictInput::apply;
    }

    @Bean
    StrictFormBinding strictFormBinding() {
        return new StrictFormBinding();
    }

    @Bean
    MultipartProblemResolver multipartProblemResolver() {
        return new MultipartProblemResolver();
    }

    /**
     * Tomcat's own error reports (requests refused before Hoist sees them) as problem details: replaces the
     * HTML {@code ErrorReportValve} Spring Boot puts on the host, so this runs after Boot's customizer.
     */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return new OrderedProblemErrorReports();
    }

    static final class OrderedProblemErrorReports
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Pipeline pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                // the host adds one valve of this class when it starts (else Tomcat's own HTML one)
                ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
