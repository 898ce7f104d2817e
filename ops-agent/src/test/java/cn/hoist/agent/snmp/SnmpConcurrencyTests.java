package cn.hoist.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hoist.snmpsim.DeviceKind;
import cn.hoist.snmpsim.SnmpSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SnmpConcurrencyTests {

    @Test
    void twoHundredConcurrentGetsAgainstFiftyDevicesAreAllAnswered() throws Exception {
        SnmpSimulator.Builder b = SnmpSimulator.builder().mode(SnmpSimulator.Mode.LIGHT);
        for (int i = 0; i < 50; i++) {
            b.add(DeviceKind.SWITCH);
        }
        try (SnmpSimulator sim = b.start();
             SnmpClient client = SnmpClients.open(new SnmpClientSettings(16, 1, 10_000, 2))) {
            List<CompletableFuture<List<SnmpVarbind>>> all = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                SnmpTarget t = SnmpTarget.v2c("127.0.0.1", sim.port(i % 50), "public")
                        .withTimeout(Duration.ofSeconds(2)).withRetries(1);
                all.add(client.get(t, List.of(SnmpOid.of("1.3.6.1.2.1.1.5.0"))));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            for (int i = 0; i < 200; i++) {
                assertThat(all.get(i).get().get(0).value().text()).isEqualTo("switch-" + (i % 50 + 1));
            }
        }
    }
}
