package cn.hoist.console.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import cn.hoist.console.admin.CrmInstanceStatusChanged;
import cn.hoist.console.admin.CrmStatus;
import cn.hoist.console.fleet.AgentStatus;
import cn.hoist.console.fleet.AgentStatusChanged;
import cn.hoist.console.fleet.ShopService;
import cn.hoist.console.ingest.EventBody;
import cn.hoist.console.ingest.JsonText;
import cn.hoist.console.monitoring.CheckStatus;
import cn.hoist.console.monitoring.DeviceEventReceived;
import cn.hoist.console.monitoring.DeviceStateChanged;

/** The incident module alone: each announced event becomes one signal in the shop's journal. */
@ApplicationModuleTest
@TestPropertySource(properties = "hoist.admin.password=test-admin-password-0001")
class IncidentModuleTests {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 123_456_000, ZoneOffset.UTC);

    @Autowired
    IncomingSignals signals;

    @Autowired
    JdbcClient jdbc;

    @MockitoBean
    ShopService shops;

    UUID shop;

    @BeforeEach
    void aShop() {
        shop = UUID.randomUUID();
        jdbc.sql("insert into shop (id, name, created_at) values (?, ?, ?)")
                .params(shop, "信号门店 " + shop, AT).update();
        org.mockito.Mockito.when(shops.exists(shop)).thenReturn(true);
    }

    @Test
    void aDeviceGoingDownIsACriticalSignal(Scenario scenario) {
        scenario.publish(new DeviceStateChanged(42, shop, "front-pos", "pos", CheckStatus.OK, CheckStatus.UNREACHABLE,
                        AT))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> signals.forShop(shop, null, 0, 10).items(), items -> !items.isEmpty())
                .andVerify(items -> assertThat(items).singleElement().satisfies(signal -> {
                    assertThat(signal.source()).isEqualTo(SignalSource.DEVICE);
                    assertThat(signal.code()).isEqualTo("device-state");
                    assertThat(signal.subject()).isEqualTo("front-pos");
                    assertThat(signal.subjectKind()).isEqualTo("pos");
                    assertThat(signal.level()).isEqualTo(SignalLevel.CRITICAL);
                    assertThat(signal.state()).isEqualTo("UNREACHABLE");
                    assertThat(signal.previousState()).isEqualTo("OK");
                    assertThat(signal.occurredAt().toInstant()).isEqualTo(AT.toInstant());
                }));
    }

    @Test
    void everySourceIsRecordedOnOneScale(Scenario scenario) {
        UUID agent = UUID.randomUUID();
        scenario.publish(new AgentStatusChanged(agent, shop, AgentStatus.ONLINE, AgentStatus.OFFLINE, AT))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> signals.forShop(shop, null, 0, 10).total(), n -> n == 1);
        scenario.publish(new DeviceEventReceived(shop, agent, "core-switch", "link-down", EventBody.Severity.WARNING,
                        "Gi0/7 端口断开", new JsonText("{\"ifName\":\"Gi0/7\"}"), AT.plusSeconds(1)))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> signals.forShop(shop, null, 0, 10).total(), n -> n == 2);
        scenario.publish(new CrmInstanceStatusChanged("a1b2c3", "hoist-crm", shop, "http://10.8.0.2:8080/", CrmStatus.UP,
                        CrmStatus.OFFLINE, AT.plusSeconds(2)))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> signals.forShop(shop, null, 0, 10).total(), n -> n == 3);

        List<Signal> items = signals.forShop(shop, null, 0, 10).items();
        assertThat(items).extracting(Signal::source).as("newest first")
                .containsExactly(SignalSource.CRM_INSTANCE, SignalSource.DEVICE_EVENT, SignalSource.AGENT);
        assertThat(items).extracting(Signal::level)
                .containsExactly(SignalLevel.CRITICAL, SignalLevel.WARNING, SignalLevel.CRITICAL);
        assertThat(items.get(1).code()).isEqualTo("link-down");
        assertThat(items.get(1).message()).isEqualTo("Gi0/7 端口断开");
        assertThat(items.get(2).subject()).isEqualTo(agent.toString());
        assertThat(signals.forShop(shop, SignalSource.AGENT, 0, 10).items()).hasSize(1);
    }

    @Test
    void theSameEventHeardTwiceIsOneSignal(Scenario scenario) {
        DeviceStateChanged changed = new DeviceStateChanged(7, shop, "ups-1", "ups", CheckStatus.WARNING, CheckStatus.OK,
                AT);
        scenario.publish(changed).andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> signals.forShop(shop, null, 0, 10).total(), n -> n == 1);
        scenario.publish(changed).andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(this::publicationsInFlight, n -> n == 0);

        assertThat(signals.forShop(shop, null, 0, 10).items()).singleElement()
                .satisfies(signal -> assertThat(signal.level()).isEqualTo(SignalLevel.OK));
    }

    private long publicationsInFlight() {
        return jdbc.sql("select count(*) from event_publication").query(Long.class).single();
    }
}
