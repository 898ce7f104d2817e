package cn.hoist.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.MetaDataAccessException;

import cn.hoist.platform.jdbc.SqlDialect;

/** The console's JDBC helpers from the platform, shared by every module that writes in bulk. */
@Configuration(proxyBeanMethods = false)
class ConsoleJdbcConfiguration {

    @Bean
    SqlDialect sqlDialect(JdbcTemplate jdbc) throws MetaDataAccessException {
        return new SqlDialect(jdbc);
    }
}
