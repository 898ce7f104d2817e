package cn.hoist.agent.scheduling;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.Scheduler;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduler of the agent service. Quartz itself is Spring Boot's (spring.quartz.* in application.yml: JDBC job
 * store on the agent's data source, schema by Flyway); this adds the driver delegate for the database in use.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    /** Threads for in-memory jobs: they only start work (polls are asynchronous) or write a report. */
    private static final int IN_MEMORY_THREADS = 2;

    @Bean
    PersistentTasks persistentTasks(List<PersistentTask> tasks) {
        return new PersistentTasks(tasks);
    }

    @Bean
    AgentJobScheduler agentJobScheduler(Scheduler quartz, PersistentTasks tasks) {
        return new AgentJobScheduler(new InMemoryJobs(IN_MEMORY_THREADS), new QuartzJobs(quartz, tasks));
    }

    /**
     * PostgreSQL stores Quartz's job data as bytea, which Quartz's standard delegate cannot read (it asks for a
     * blob); H2 takes the standard one. Spring does not pick the delegate itself.
     */
    @Bean
    SchedulerFactoryBeanCustomizer jobStoreDelegate(DataSource dataSource, QuartzProperties properties) {
        return factory -> {
            Properties quartz = new Properties();
            quartz.putAll(properties.getProperties());
            quartz.putIfAbsent("org.quartz.jobStore.driverDelegateClass", delegateFor(dataSource).getName());
            factory.setQuartzProperties(quartz);
        };
    }

    private static Class<?> delegateFor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return "PostgreSQL".equalsIgnoreCase(product) ? PostgreSQLDelegate.class : StdJDBCDelegate.class;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the agent uses: " + e.getMessage(), e);
        }
    }
}
