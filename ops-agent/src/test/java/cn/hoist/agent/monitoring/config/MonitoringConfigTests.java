package cn.hoist.agent.monitoring.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.hoist.agent.checks.Threshold;
import cn.hoist.agent.config.AgentConfigLoader;
import cn.hoist.agent.config.ConfigLoad;
import cn.hoist.agent.snmp.AuthProtocol;
import cn.hoist.agent.snmp.SnmpVersion;

class MonitoringConfigTests {

    static final Path FILE = Path.of("agent.yml");
    static final Map<String, String> ENV = Map.of("HOIST_SNMP_COMMUNITY", "shop-community",
            "HOIST_TRAP_COMMUNITY", "trap-community", "HOIST_TRAP_AUTH_PASSWORD", "trap-auth-pass",
            "HOIST_TRAP_PRIV_PASSWORD", "trap-priv-pass", "HOIST_UPS_AUTH_PASSWORD", "ups-auth-pass",
            "HOIST_UPS_PRIV_PASSWORD", "ups-priv-pass", "HOIST_ROUTER_COMMUNITY", "router-community");

    static final AgentConfigLoader LOADER = AgentConfigLoader.installed();

    static ConfigLoad parse(String yaml) {
        return LOADER.parse(yaml, FILE, ENV::get);
    }

    static MonitoringConfig monitoring(ConfigLoad load) {
        return load.config().section(MonitoringConfig.class);
    }

    static List<String> errors(String yaml) {
        ConfigLoad load = parse(yaml);
        assertThat(load.valid()).as("expected errors").isFalse();
        return load.problems().stream().map(p -> p.format("agent.yml")).toList();
    }

    @Test
    void theShippedExampleIsValidAndMeansWhatItsCommentsSay() {
        ConfigLoad load = LOADER.load(Path.of("..", "deploy", "agent.example.yml"), ENV::get);
        assertThat(load.problems()).isEmpty();
        MonitoringConfig c = monitoring(load);
        assertThat(c.devices()).extracting(DeviceConfig::name)
                .containsExactly("core-switch", "front-printer", "server-ups", "nas", "pos-1", "router");
        DeviceConfig sw = c.devices().get(0);
        assertThat(sw.snmp().community()).isEqualTo("shop-community");
        assertThat(sw.checkNames()).containsExactly("snmp.system", "snmp.interfaces", "icmp");
        assertThat(sw.criticalInterfaces()).containsExactly("Gi0/1");
        DeviceConfig printer = c.devices().get(1);
        assertThat(printer.interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(printer.snmp().maxRepetitions()).isEqualTo(5);
        assertThat(printer.snmp().allowNonIncreasingOids()).isTrue();
        assertThat(printer.profiles()).containsExactly("system", "printer");
        assertThat(printer.thresholds().get("supply-percent")).isEqualTo(new Threshold(10, 3));
        assertThat(printer.thresholds().get("cpu-percent")).isEqualTo(new Threshold(85, 95));
        DeviceConfig ups = c.devices().get(2);
        assertThat(ups.snmp().version()).isEqualTo(SnmpVersion.V3);
        assertThat(ups.snmp().authProtocol()).isEqualTo(AuthProtocol.SHA256);
        assertThat(c.devices().get(3).snmp().community()).as("snmp: true takes defaults.snmp")
                .isEqualTo("shop-community");
        assertThat(c.devices().get(4).snmp()).isNull();
        assertThat(c.devices().get(4).checks().get(0).ports()).containsExactly(443, 8443);
        assertThat(c.devices().get(5).snmp().usesBulk()).isFalse();
        assertThat(c.devices().get(5).checks().get(0).ports()).containsExactly(123);
        assertThat(c.traps().enabled()).isTrue();
        assertThat(c.traps().port()).isEqualTo(1162);
        assertThat(c.traps().communities()).containsExactly("trap-community");
        assertThat(c.unreachableInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.toString()).doesNotContain("community\"").doesNotContain("trap-auth-pass")
                .doesNotContain("ups-priv-pass").doesNotContain("shop-community");
    }

    @Test
    void noFileMeansTheLocalHostAndTheCrmOnly() {
        MonitoringConfig c = LOADER.defaults(FILE).section(MonitoringConfig.class);
        assertThat(c.devices()).isEmpty();
        assertThat(c.localHost().enabled()).isTrue();
        assertThat(c.crmHealth().url()).isEqualTo(CrmHealthConfig.DEFAULT_URL);
        assertThat(c.traps().enabled()).isFalse();
    }

    @Test
    void everyErrorIsReportedWithItsLine() {
        String yaml = """
                defaults:
                  interval: soon
                devices:
                  - name: sw1
                    kind: switch
                    adress: 10.0.0.2
                  - name: sw1
                    kind: switch
                    address: 10.0.0.300
                  - name: printer
                    kind: fax
                    address: printer.lan
                    snmp:
                      profiles: [system, toner]
                      retries: many
                    checks:
                      - type: smtp
                      - type: tcp
                  - kind: ups
                    address: ups.lan
                    snmp:
                      community: ${NOT_SET_ANYWHERE}
                """;
        assertThat(errors(yaml)).containsExactly(
                "agent.yml:2: 'interval' of defaults must be a positive duration such as 500ms, 30s, 5m, 1h or 1d,"
                        + " not 'soon'",
                "agent.yml:6: unknown key 'adress' in a device (did you mean 'address'?)",
                "agent.yml:7: duplicate device name 'sw1' (first at line 4)",
                "agent.yml:9: address '10.0.0.300' of device sw1 is not a valid IPv4 address",
                "agent.yml:11: 'kind' of device printer 'fax' is not one of nas, other, pos, printer, router, server, switch,"
                        + " ups, workstation",
                "agent.yml:14: unknown SNMP profile 'toner' (known: host-resources, interfaces, printer, system, ups)",
                "agent.yml:15: 'retries' of snmp of device printer must be a whole number, not 'many'",
                "agent.yml:17: 'type' of a check of device printer 'smtp' is not one of http, icmp, ntp, ping, tcp",
                "agent.yml:18: a tcp check needs exactly one 'port'",
                "agent.yml:19: a device needs 'name'",
                "agent.yml:22: environment variable NOT_SET_ANYWHERE (used by 'community' of snmp of a device) is not"
                        + " set");
    }

    @Test
    void syntaxErrorsHaveTheirLineToo() {
        assertThat(errors("devices:\n  - name: a\n    kind: [switch\n")).singleElement()
                .asString().startsWith("agent.yml:4: not valid YAML");
        assertThat(errors("devices:\n\t- name: a\n")).singleElement().asString().startsWith("agent.yml:2:");
    }

    @Test
    void wrongTypesAndWeakV3PassPhrasesAreReportedWithoutTheSecret() {
        List<String> errors = errors("""
                devices:
                  - name: ups
                    kind: ups
                    address: 10.0.0.9
                    snmp:
                      version: 3
                      user: ops
                      auth: SHA-256
                      auth-password: short
                    thresholds:
                      ups-charge-percent: {warning: lots, critical: 20}
                      cpu: {warning: 1, critical: 2}
                traps:
                  port: 70000
                local-host: yes
                """);
        assertThat(errors).containsExactly(
                "agent.yml:6: snmp of device ups: SNMPv3 authentication pass phrase must have at least 8 characters",
                "agent.yml:11: 'warning' of threshold ups-charge-percent of device ups must be a number, not 'lots'",
                "agent.yml:12: unknown key 'cpu' in thresholds of device ups (did you mean 'cpu-percent'?)",
                "agent.yml:14: 'port' of traps must be between 0 and 65535, not 70000",
                "agent.yml:15: local-host must be a mapping of key: value lines");
        assertThat(String.join("\n", errors)).doesNotContain("short\n").doesNotContain(": short");
    }

    @Test
    void checksGetNamesAndThresholdsFromTheirDeviceAndDefaults() {
        ConfigLoad load = parse("""
                defaults:
                  thresholds:
                    latency-ms: {warning: 100, critical: 300}
                devices:
                  - name: pos-2
                    kind: pos
                    address: 192.168.1.51
                    checks:
                      - type: tcp
                        port: 9100
                      - type: tcp
                        port: 22
                        thresholds:
                          latency-ms: {warning: 10, critical: 20}
                      - type: http
                        url: http://192.168.1.51/status
                        name: http.status
                """);
        assertThat(load.problems()).isEmpty();
        DeviceConfig pos = monitoring(load).devices().get(0);
        assertThat(pos.checkNames()).containsExactly("tcp.9100", "tcp.22", "http.status");
        assertThat(pos.checks().get(0).thresholds().get("latency-ms")).isEqualTo(new Threshold(100, 300));
        assertThat(pos.checks().get(1).thresholds().get("latency-ms")).isEqualTo(new Threshold(10, 20));
        assertThat(pos.checks().get(0).host()).isEqualTo("192.168.1.51");
    }

    @Test
    void twoChecksWithOneNameOrADeviceNamedLikeTheAgentHostAreErrors() {
        assertThat(errors("""
                devices:
                  - name: agent-host
                    kind: server
                    address: 10.0.0.1
                    checks:
                      - {type: http, url: "http://10.0.0.1/"}
                      - {type: http, url: "http://10.0.0.1/x"}
                """)).containsExactly(
                        "agent.yml:2: a device is named 'agent-host', the name of the agent's own host; rename it or"
                                + " set local-host.name",
                        "agent.yml:7: device agent-host has two checks named 'http'; give one a different 'name'");
    }

    @Test
    void anUnsetPassPhraseVariableIsOneErrorNotTwo() {
        assertThat(errors("""
                devices:
                  - name: ups
                    kind: ups
                    address: 10.0.0.9
                    snmp: {version: 3, user: ops, auth: SHA256, auth-password: "${UPS_AUTH_UNSET}"}
                """)).containsExactly("agent.yml:5: environment variable UPS_AUTH_UNSET (used by 'auth-password' of "
                        + "snmp of device ups) is not set");
    }
}
