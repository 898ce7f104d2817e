package cn.hoist.agent.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.hoist.agent.reporting.Event;
import cn.hoist.agent.snmp.ProfileResult;
import cn.hoist.agent.snmp.Severity;

class ObservationEventsTests {

    final ObservationEvents events = new ObservationEvents("server-ups");

    static ProfileResult ups(boolean onBattery) {
        ProfileResult.Builder r = new ProfileResult.Builder("ups");
        if (onBattery) {
            r.observe("ups.on_battery", Severity.WARNING, "UPS is on battery", Map.of("chargePercent", "97"));
        }
        return r.build();
    }

    static List<String> kinds(List<Event> events) {
        return events.stream().map(Event::kind).toList();
    }

    @Test
    void aStateIsAnEventWhenItBeginsAndWhenItEnds() {
        assertThat(kinds(events.after(List.of(ups(false)), List.of()))).isEmpty();
        List<Event> begins = events.after(List.of(ups(true)), List.of());
        assertThat(kinds(begins)).containsExactly("ups-on-battery");
        assertThat(begins.get(0).severity()).isEqualTo("CRITICAL");
        assertThat(begins.get(0).attributes()).containsEntry("source", "poll").containsEntry("chargePercent", "97");
        assertThat(kinds(events.after(List.of(ups(true)), List.of()))).isEmpty();
        assertThat(kinds(events.after(List.of(ups(false)), List.of()))).containsExactly("ups-on-mains");
    }

    @Test
    void aProfileThatFailedOncePutsNothingAgain() {
        events.after(List.of(ups(true)), List.of());
        assertThat(kinds(events.after(List.of(), List.of("ups")))).isEmpty();
        assertThat(kinds(events.after(List.of(ups(true)), List.of()))).as("still on battery: no second event")
                .isEmpty();
    }

    @Test
    void transitionsAreEventsEveryTimeWithTheProtocolsKinds() {
        ProfileResult down = new ProfileResult.Builder("interfaces").observe("interface.down", Severity.WARNING,
                "interface Gi0/3 went down", Map.of("ifIndex", "3", "ifName", "Gi0/3")).build();
        assertThat(kinds(events.after(List.of(down), List.of()))).containsExactly("link-down");
        assertThat(kinds(events.after(List.of(down), List.of()))).containsExactly("link-down");
        ProfileResult dropped = new ProfileResult.Builder("interfaces").observe("interface.sample_dropped",
                Severity.INFO, "sample dropped", Map.of()).build();
        assertThat(kinds(events.after(List.of(dropped), List.of()))).isEmpty();
    }
}
