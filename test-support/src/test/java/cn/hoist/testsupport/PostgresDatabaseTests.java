package cn.hoist.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDatabaseTests {

    @RegisterExtension
    static PostgresDatabase postgres = new PostgresDatabase();

    @Test
    void givesEachClassItsOwnEmptyDatabase() throws Exception {
        assertThat(postgres.jdbcUrl()).contains("/hoist_test_");
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table probe (id int primary key)");
            statement.execute("insert into probe values (1)");
            try (ResultSet rs = statement.executeQuery("select current_database(), count(*) from probe group by 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(postgres.jdbcUrl()).endsWith(rs.getString(1));
                assertThat(rs.getInt(2)).isEqualTo(1);
            }
        }
    }

    @Test
    void replacesTheDatabaseButKeepsQueryParametersOfTheServerUrl() {
        assertThat(PostgresDatabase.databaseUrl("jdbc:postgresql://db:5432/postgres?ssl=true&a=b/c", "t1"))
                .isEqualTo("jdbc:postgresql://db:5432/t1?ssl=true&a=b/c");
        assertThat(PostgresDatabase.databaseUrl("jdbc:postgresql://db/postgres", "t2"))
                .isEqualTo("jdbc:postgresql://db/t2");
    }
}
