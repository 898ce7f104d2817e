package cn.hoist.crm.privacy;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

import cn.hoist.platform.HoistProperties;

/**
 * The part of the CRM a key rotation needs, started by {@link RotateDataKeyCommand} instead of the
 * whole CRM: the database (migrated by Flyway as on a start), the data key and every module's
 * {@link EncryptedColumns}; no web server, no schedules. Deliberately not a {@code @Configuration},
 * so the CRM's own component scan passes it by.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
    FlywayAutoConfiguration.class})
@EnableConfigurationProperties({HoistProperties.class, PrivacyProperties.class})
@ComponentScan(basePackages = "cn.hoist.crm", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = EncryptedColumns.class))
@Import({DataKeyCheck.class, PersonalData.class, DataKeyRotation.class})
class RotationContext {
}
