package cn.hoist.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The whole agent.yml through sections the config module does not know: here, two made up for the test. */
class AgentConfigLoaderTests {

    /** A feature's section: {@code backup: {every: 1h, to: DIR}}. */
    record Backup(Duration every, String to) {
    }

    static final class BackupSection implements ConfigSection<Backup> {

        @Override
        public Class<Backup> type() {
            return Backup.class;
        }

        @Override
        public Set<String> keys() {
            return Set.of("backup");
        }

        @Override
        public Backup parse(ConfigReader reader, ConfigMapping top) {
            ConfigMapping f = reader.section(top.get("backup").orElse(null), top.node(), "backup",
                    Set.of("every", "to"));
            return new Backup(f.duration("every", Duration.ofDays(1)), f.string("to", "/var/backups/hoist"));
        }

        @Override
        public String headline(Backup value) {
            return "backup every " + value.every();
        }
    }

    record Other(String name) {
    }

    static final class ClashingSection implements ConfigSection<Other> {

        @Override
        public Class<Other> type() {
            return Other.class;
        }

        @Override
        public Set<String> keys() {
            return Set.of("backup");
        }

        @Override
        public Other parse(ConfigReader reader, ConfigMapping top) {
            return new Other("x");
        }
    }

    final AgentConfigLoader loader = new AgentConfigLoader(List.of(new BackupSection()));

    @Test
    void eachSectionParsesItsOwnPartAndTheWholeIsOneAgentConfig() {
        ConfigLoad load = loader.parse("backup:\n  every: 15m\n  to: ${DIR}\n", Path.of("agent.yml"),
                Map.of("DIR", "/mnt/nas")::get);
        assertThat(load.problems()).isEmpty();
        assertThat(load.config().section(Backup.class)).isEqualTo(new Backup(Duration.ofMinutes(15), "/mnt/nas"));
        assertThat(loader.defaults(Path.of("agent.yml")).section(Backup.class).every()).isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> load.config().section(Other.class)).hasMessageContaining("no configuration section");
    }

    @Test
    void unknownTopLevelKeysAndASectionsOwnProblemsAreReportedWithTheirLines() {
        ConfigLoad load = loader.parse("backups:\n  every: 1h\n", Path.of("agent.yml"), name -> null);
        assertThat(load.problems()).extracting(p -> p.format("agent.yml"))
                .containsExactly("agent.yml:1: unknown key 'backups' in the configuration (did you mean 'backup'?)");
        ConfigLoad bad = loader.parse("backup:\n  every: often\n  to: ${NOPE}\n", Path.of("agent.yml"), name -> null);
        assertThat(bad.problems()).extracting(p -> p.format("agent.yml")).containsExactly(
                "agent.yml:2: 'every' of backup must be a positive duration such as 500ms, 30s, 5m, 1h or 1d, "
                        + "not 'often'",
                "agent.yml:3: environment variable NOPE (used by 'to' of backup) is not set");
    }

    @Test
    void aSectionChangedOnlyWhenItsValueDiffers() {
        AgentConfig first = loader.parse("backup: {every: 1h}", Path.of("a"), n -> null).config();
        AgentConfig same = loader.parse("# comment\nbackup: {every: 60m}", Path.of("a"), n -> null).config();
        AgentConfig other = loader.parse("backup: {every: 2h}", Path.of("a"), n -> null).config();
        assertThat(first.changed(null, Backup.class)).isTrue();
        assertThat(same.changed(first, Backup.class)).isFalse();
        assertThat(other.changed(first, Backup.class)).isTrue();
    }

    @Test
    void twoSectionsCannotOwnOneKey() {
        assertThatThrownBy(() -> new AgentConfigLoader(List.of(new BackupSection(), new ClashingSection())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'backup' is claimed by both");
    }

    @Test
    void theInstalledSectionsAreFoundOnTheClassPath() {
        assertThat(AgentConfigLoader.installed().sections()).extracting(s -> s.getClass().getSimpleName())
                .contains("MonitoringSection");
    }
}
