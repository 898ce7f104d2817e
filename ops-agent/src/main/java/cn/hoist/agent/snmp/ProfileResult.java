package cn.hoist.agent.snmp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one profile found on one device in one poll.
 *
 * @param profile      profile name (system, interfaces, host-resources, printer, ups)
 * @param metrics      measured values
 * @param observations facts worth telling
 * @param properties   descriptive text such as sysDescr and sysName
 */
public record ProfileResult(String profile, List<Metric> metrics, List<Observation> observations,
                            Map<String, String> properties) {

    public ProfileResult {
        metrics = List.copyOf(metrics);
        observations = List.copyOf(observations);
        properties = Map.copyOf(properties);
    }

    /** Collects a result while a profile works through a device's data. */
    public static final class Builder {
        private final String profile;
        private final List<Metric> metrics = new ArrayList<>();
        private final List<Observation> observations = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();

        public Builder(String profile) {
            this.profile = profile;
        }

        public Builder metric(String name, Map<String, String> labels, double value, String unit) {
            metrics.add(new Metric(name, labels, value, unit));
            return this;
        }

        public Builder observe(String kind, Severity severity, String message, Map<String, String> attributes) {
            observations.add(new Observation(kind, severity, message, attributes));
            return this;
        }

        public Builder property(String key, String value) {
            if (value != null) {
                properties.put(key, value);
            }
            return this;
        }

        public ProfileResult build() {
            return new ProfileResult(profile, metrics, observations, properties);
        }
    }
}
