package cn.hoist.agent.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.hoist.agent.reporting.Event;
import cn.hoist.agent.snmp.Observation;
import cn.hoist.agent.snmp.ProfileResult;

/**
 * Turns a device's observations into events, once. Transitions (rebooted, link down/up) are events every time the
 * profiles see them; states (UPS on battery, toner empty, waste box full) are reported by the profiles on every poll
 * while they last, so they become an event only when they begin; the end of a UPS's time on battery is an event too.
 * One instance per device; not thread-safe (a device is polled once at a time).
 */
final class ObservationEvents {

    private static final Map<String, String> KINDS = Map.of("interface.down", "link-down", "interface.up", "link-up");
    private static final List<String> TRANSITIONS = List.of("device.rebooted", "interface.down", "interface.up");
    private static final List<String> IGNORED = List.of("interface.sample_dropped");

    private final String device;
    /** State observations seen in the last poll, by kind and the thing they concern, with their message. */
    private Map<String, Observation> active = new HashMap<>();

    ObservationEvents(String device) {
        this.device = device;
    }

    /** The events of one poll; {@code failedProfiles} did not run, so what they last saw is still taken as true. */
    List<Event> after(List<ProfileResult> results, List<String> failedProfiles) {
        List<Event> events = new ArrayList<>();
        Map<String, Observation> now = new HashMap<>();
        active.forEach((key, o) -> {
            if (failedProfiles.contains(profileOf(o.kind()))) {
                now.put(key, o);
            }
        });
        for (ProfileResult result : results) {
            for (Observation o : result.observations()) {
                if (IGNORED.contains(o.kind())) {
                    continue;
                }
                if (TRANSITIONS.contains(o.kind())) {
                    events.add(event(o, o.severity().name()));
                    continue;
                }
                String key = o.kind() + "|" + o.attributes().getOrDefault("index", "");
                now.put(key, o);
                if (!active.containsKey(key)) {
                    events.add(event(o, o.kind().equals("ups.on_battery") ? "CRITICAL" : o.severity().name()));
                }
            }
        }
        active.forEach((key, gone) -> {
            if (!now.containsKey(key) && gone.kind().equals("ups.on_battery")) {
                events.add(new Event("ups-on-mains", "INFO", "UPS " + device + " is back on mains power", device,
                        Map.of()));
            }
        });
        active = now;
        return events;
    }

    /** The profile that reports an observation kind (printer.*, ups.*, interface.*). */
    private static String profileOf(String kind) {
        return kind.startsWith("interface.") ? "interfaces" : kind.substring(0, kind.indexOf('.') < 0 ? kind.length()
                : kind.indexOf('.'));
    }

    private Event event(Observation o, String severity) {
        String kind = KINDS.getOrDefault(o.kind(), o.kind().replace('.', '-').replace('_', '-'));
        Map<String, String> attributes = new HashMap<>(o.attributes());
        attributes.put("source", "poll");
        return new Event(kind, severity, o.message(), device, attributes);
    }
}
