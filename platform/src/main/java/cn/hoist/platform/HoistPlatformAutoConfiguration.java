package cn.hoist.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.actuate.endpoint.web.AbstractWebMvcEndpointHandlerMapping;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationListener;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import cn.hoist.platform.account.AccountStore;
import cn.hoist.platform.account.AdminAccountBootstrap;
import cn.hoist.platform.account.HoistUserDetailsService;
import cn.hoist.platform.account.InitialAdminPassword;
import cn.hoist.platform.account.MonitorAccount;
import cn.hoist.platform.account.ServiceAccounts;
import cn.hoist.platform.secrets.OwnerOnlyFiles;
import cn.hoist.platform.security.ProblemSecurityHandlers;
import cn.hoist.platform.security.SecurityDefaults;
import cn.hoist.platform.security.SignInThrottle;
import cn.hoist.platform.security.SignInThrottleFilter;
import cn.hoist.platform.web.ApiExceptionHandler;
import cn.hoist.platform.web.LocaleConfiguration;
import cn.hoist.platform.web.InputHardeningConfiguration;
import cn.hoist.platform.web.LoginController;
import cn.hoist.platform.web.PageExceptionHandler;
import cn.hoist.platform.web.PageTimes;
import cn.hoist.platform.web.ProblemErrorController;
import cn.hoist.platform.web.Problems;
import tools.jackson.databind.json.JsonMapper;

/** Wires the shared parts into each program. */
@AutoConfiguration(before = {ErrorMvcAutoConfiguration.class, WebMvcAutoConfiguration.class})
@EnableConfigurationProperties(HoistProperties.class)
@Import(InputHardeningConfiguration.class)
public class HoistPlatformAutoConfiguration {

    static final String METRICS_ACCOUNT = "metrics";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ServiceAccounts serviceAccounts(PasswordEncoder encoder, HoistProperties properties, MonitorAccount monitor) {
        ServiceAccounts accounts = new ServiceAccounts(encoder);
        accounts.register(METRICS_ACCOUNT, metricsPassword(properties), SecurityDefaults.METRICS);
        accounts.register(MonitorAccount.USERNAME, monitor.password(), SecurityDefaults.MONITOR);
        return accounts;
    }

    /**
     * The account Spring Boot Admin reads this program's actuator with. Its password is random for
     * each start unless HOIST_MONITOR_PASSWORD sets one; the program hands it to Spring Boot Admin
     * in its registration.
     */
    @Bean
    MonitorAccount monitorAccount(HoistProperties properties) {
        String configured = properties.monitor().password();
        return new MonitorAccount(configured == null || configured.isBlank()
                ? InitialAdminPassword.randomString(32) : configured);
    }

    /** From HOIST_METRICS_PASSWORD, else generated once into a file Prometheus can read. */
    private static String metricsPassword(HoistProperties properties) {
        if (properties.metrics().password() != null && !properties.metrics().password().isBlank()) {
            return properties.metrics().password();
        }
        Path secrets = properties.dataDir().resolve("secrets");
        try {
            OwnerOnlyFiles.createPrivateDirectory(secrets);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + secrets, e);
        }
        return OwnerOnlyFiles.readOrCreate(secrets.resolve("metrics.password"),
                () -> InitialAdminPassword.randomString(32));
    }

    @Bean
    Problems problems(MessageSource messageSource, LocaleResolver localeResolver) {
        return new Problems(messageSource, localeResolver);
    }

    @Bean
    ApiExceptionHandler apiExceptionHandler(Problems problems) {
        return new ApiExceptionHandler(problems);
    }

    @Bean
    @ConditionalOnClass(name = "org.thymeleaf.spring6.SpringTemplateEngine")
    PageExceptionHandler pageExceptionHandler(Problems problems) {
        return new PageExceptionHandler(problems);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ErrorAttributes errorAttributes, WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers, Problems problems) {
        return new ProblemErrorController(errorAttributes, web.getError(), resolvers.orderedStream().toList(),
                problems);
    }

    /** Times on pages in the installation's time zone ({@code hoist.time-zone}). */
    @Bean
    PageTimes pageTimes(@Value("${hoist.time-zone:Asia/Shanghai}") ZoneId zone) {
        return new PageTimes(zone);
    }

    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        return LocaleConfiguration.localeResolver();
    }

    @Bean
    WebMvcConfigurer hoistLocaleChange() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
                interceptor.setParamName("lang");
                interceptor.setIgnoreInvalidLocale(true);
                registry.addInterceptor(interceptor);
            }
        };
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(Problems problems, JsonMapper json) {
        return new ProblemSecurityHandlers(problems, json);
    }

    @Bean
    SecurityDefaults securityDefaults(ProblemSecurityHandlers handlers, ObjectProvider<AccountStore> accounts,
            SignInThrottle throttle) {
        return new SecurityDefaults(handlers, accounts.getIfAvailable(), throttle);
    }

    @Bean
    SignInThrottle signInThrottle(Clock clock) {
        return new SignInThrottle(clock);
    }

    @Bean
    ApplicationListener<AbstractAuthenticationEvent> signInOutcomes(SignInThrottle throttle) {
        return SignInThrottleFilter.outcomes(throttle);
    }

    /**
     * Spring Security observes every filter of its chains, the authentication and each authorization
     * decision when an observation registry exists (as with the actuator): traces no Hoist installation
     * collects, which cost about a tenth of an API request's CPU (docs/benchmarks.md, "CRM search").
     * Requests are still observed as a whole ({@code http.server.requests}).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    HoistUserDetailsService userDetailsService(ServiceAccounts serviceAccounts,
            ObjectProvider<AccountStore> staff) {
        return new HoistUserDetailsService(serviceAccounts, staff.getIfAvailable());
    }

    @Bean
    @ConditionalOnClass(name = "org.thymeleaf.spring6.SpringTemplateEngine")
    LoginController loginController() {
        return new LoginController();
    }

    /**
     * The actuator's handler mappings are asked after the application's. Spring Boot puts them first, so every
     * request (an API search included) was matched against each actuator endpoint's path pattern before the
     * application's mapping found it by its exact path: about 5 % of a search's CPU (docs/benchmarks.md, "CRM
     * search"). No Hoist controller maps a path under {@code /actuator}, so the order changes no answer.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.web.EndpointMapping")
    static class ActuatorMappingOrderConfiguration {

        /** After {@code RequestMappingHandlerMapping} (0), before the static resources' catch-all. */
        static final int ACTUATOR_MAPPING_ORDER = 1;

        @Bean
        static BeanPostProcessor actuatorMappingsAfterApplication() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof AbstractWebMvcEndpointHandlerMapping mapping) {
                        mapping.setOrder(ACTUATOR_MAPPING_ORDER);
                    }
                    return bean;
                }
            };
        }
    }

    /** Staff accounts in the program's {@code app_user} table; off for the agent, which has none. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "hoist.accounts.enabled", havingValue = "true", matchIfMissing = true)
    static class AccountsConfiguration {

        @Bean
        AccountStore accountStore(JdbcClient jdbc, Clock clock) {
            return new AccountStore(jdbc, clock);
        }

        @Bean
        AdminAccountBootstrap adminAccountBootstrap(AccountStore accounts, PasswordEncoder encoder,
                HoistProperties properties) {
            return new AdminAccountBootstrap(accounts, encoder, properties.admin().password(), properties.program(),
                    System.out);
        }
    }
}
